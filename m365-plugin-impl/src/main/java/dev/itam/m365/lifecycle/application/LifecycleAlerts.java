package dev.itam.m365.lifecycle.application;

import dev.itam.m365.api.lifecycle.LicenceLifecycleAlert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Alerts on the changes of a portal's subscriptions that entered the alert window since the last
 * import. The alerts are recorded first, in a transaction of their own after the import committed,
 * so each is given once; listeners hear of them after that commit.
 */
@ApplicationScoped
public class LifecycleAlerts {

    @Inject
    AlertRecorder recorder;

    @Inject
    AlertListeners listeners;

    /** @return the alerts given */
    public List<LicenceLifecycleAlert> alertComing(long portalId) {
        List<LicenceLifecycleAlert> alerts = recorder.recordNew(portalId).stream()
                .map(LicenceLifecycleAlert::new)
                .toList();
        alerts.forEach(listeners::tell);
        return alerts;
    }
}
