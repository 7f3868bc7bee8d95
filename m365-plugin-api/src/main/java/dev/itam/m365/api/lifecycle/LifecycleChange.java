package dev.itam.m365.api.lifecycle;

import java.time.Instant;

/**
 * A subscription's coming change: what renews, ends its trial, leaves its grace period or is
 * deleted, and when.
 *
 * @param portalId null once the portal was deleted
 * @param seats    the subscription's seats the change concerns
 */
public record LifecycleChange(
        long licenceId,
        Long portalId,
        String skuPartNumber,
        String title,
        String subscriptionId,
        LifecycleEvent event,
        Instant at,
        int seats) {}
