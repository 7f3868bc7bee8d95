package dev.itam.m365.api.lifecycle;

/**
 * Told when a subscription's change enters the alert window. The cross-application counterpart of
 * the {@link LicenceLifecycleAlert} CDI event; it is called on the importing thread after the import
 * committed, and must return quickly.
 */
@FunctionalInterface
public interface LifecycleAlertListener {

    void alert(LicenceLifecycleAlert alert);
}
