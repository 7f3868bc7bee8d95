package dev.itam.m365.lifecycle.application;

import dev.itam.m365.api.lifecycle.LicenceLifecycleAlert;
import dev.itam.m365.api.lifecycle.LifecycleAlertListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells who wants to know of a lifecycle alert: the CDI event inside the plugin, and the listeners
 * host applications registered, since CDI events do not cross applications. A failing listener stops
 * no one.
 */
@ApplicationScoped
public class AlertListeners {

    private static final Logger LOG = Logger.getLogger(AlertListeners.class.getName());

    @Inject
    Event<LicenceLifecycleAlert> alerts;

    private final List<LifecycleAlertListener> listeners = new CopyOnWriteArrayList<>();

    void add(LifecycleAlertListener listener) {
        listeners.add(listener);
    }

    void remove(LifecycleAlertListener listener) {
        listeners.remove(listener);
    }

    void tell(LicenceLifecycleAlert alert) {
        alerts.fire(alert);
        for (LifecycleAlertListener listener : listeners) {
            try {
                listener.alert(alert);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A lifecycle alert listener failed", e);
            }
        }
    }
}
