package dev.itam.m365.lifecycle.application;

import dev.itam.m365.api.lifecycle.LicenceLifecycleAlert;
import dev.itam.m365.api.lifecycle.LifecycleAlertListener;
import dev.itam.m365.platform.HostListeners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Tells who wants to know of a lifecycle alert: the CDI event inside the plugin, and the listeners
 * host applications registered, since CDI events do not cross applications. A failing listener stops
 * no one.
 */
@ApplicationScoped
public class AlertListeners {

    @Inject
    Event<LicenceLifecycleAlert> alerts;

    private final HostListeners<LifecycleAlertListener> listeners = new HostListeners<>("lifecycle alert");

    void add(LifecycleAlertListener listener) {
        listeners.add(listener);
    }

    void remove(LifecycleAlertListener listener) {
        listeners.remove(listener);
    }

    void tell(LicenceLifecycleAlert alert) {
        alerts.fire(alert);
        listeners.tell(listener -> listener.alert(alert));
    }
}
