package dev.itam.m365.api.lifecycle;

import java.time.Instant;

/**
 * One subscription behind a licence, as the last import read it from {@code /directory/subscriptions}.
 *
 * @param reportedStatus  Graph's own word, kept even when this version does not know it
 * @param seats           its {@code totalLicenses}
 * @param nextLifecycleAt null when Microsoft gives none (free SKUs)
 * @param nextEvent       what happens at {@code nextLifecycleAt}, or null when nothing is known to
 */
public record Subscription(
        long licenceId,
        String subscriptionId,
        String commerceSubscriptionId,
        SubscriptionStatus status,
        String reportedStatus,
        int seats,
        boolean trial,
        Instant createdAt,
        Instant nextLifecycleAt,
        LifecycleEvent nextEvent) {}
