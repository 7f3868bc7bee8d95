package dev.itam.m365.portal.application;

import dev.itam.m365.api.portal.CredentialExpiryListener;
import dev.itam.m365.api.portal.CredentialExpiryWarning;
import dev.itam.m365.platform.HostListeners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Warns before a portal's credential stops its imports: every import checks it before signing in, so
 * a portal is watched as often as it is imported, and an expired credential is announced on the run
 * that fails for it. The warning is recorded first; the CDI event and the hosts' listeners hear of it
 * after that commit.
 */
@ApplicationScoped
public class CredentialWatch {

    private static final Logger LOG = Logger.getLogger(CredentialWatch.class.getName());

    @Inject
    CredentialWarningRecorder recorder;

    @Inject
    Event<CredentialExpiryWarning> events;

    private final HostListeners<CredentialExpiryListener> listeners = new HostListeners<>("credential expiry");

    public Optional<CredentialExpiryWarning> check(long portalId) {
        Optional<CredentialExpiryWarning> warning = recorder.recordNew(portalId);
        warning.ifPresent(w -> {
            LOG.warning(w::message);
            events.fire(w);
            listeners.tell(listener -> listener.warn(w));
        });
        return warning;
    }

    public void add(CredentialExpiryListener listener) {
        listeners.add(listener);
    }

    public void remove(CredentialExpiryListener listener) {
        listeners.remove(listener);
    }
}
