package dev.itam.m365.api.lifecycle;

/**
 * Fired as a CDI event, and handed to every {@link LifecycleAlertListener}, once a subscription's
 * coming change enters the alert window: once per subscription, event and date, not at every import.
 */
public record LicenceLifecycleAlert(LifecycleChange change) {}
