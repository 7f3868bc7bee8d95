package dev.itam.m365.lifecycle.domain;

import java.time.Instant;

/**
 * A subscription as the tenant reported it, apart from how it was read.
 *
 * @param status          Graph's word, kept as reported
 * @param nextLifecycleAt null when the tenant gives none
 */
public record SubscriptionReport(
        String subscriptionId,
        String commerceSubscriptionId,
        String skuId,
        String status,
        int seats,
        boolean trial,
        Instant createdAt,
        Instant nextLifecycleAt) {}
