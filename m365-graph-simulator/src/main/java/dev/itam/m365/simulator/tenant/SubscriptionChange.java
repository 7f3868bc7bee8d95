package dev.itam.m365.simulator.tenant;

import java.time.Instant;

/**
 * A change of one subscription through the control API; {@code null} leaves a field as it is.
 *
 * @param nextLifecycleAt   the new date, or {@code null} with {@code clearsNextLifecycle} to remove it
 * @param clearsNextLifecycle whether a {@code null} {@code nextLifecycleAt} removes the date
 */
public record SubscriptionChange(
        String status,
        Integer totalLicenses,
        Boolean trial,
        Instant createdAt,
        Instant nextLifecycleAt,
        boolean clearsNextLifecycle) {

    public SubscriptionChange {
        if (status != null && status.isBlank()) {
            throw new IllegalArgumentException("status must not be blank");
        }
        if (totalLicenses != null && totalLicenses < 0) {
            throw new IllegalArgumentException("totalLicenses must not be negative");
        }
    }

    void applyTo(SimSubscription subscription) {
        if (status != null) {
            subscription.status = status;
        }
        if (totalLicenses != null) {
            subscription.totalLicenses = totalLicenses;
        }
        if (trial != null) {
            subscription.trial = trial;
        }
        if (createdAt != null) {
            subscription.createdAt = createdAt;
        }
        if (nextLifecycleAt != null || clearsNextLifecycle) {
            subscription.nextLifecycleAt = nextLifecycleAt;
        }
    }
}
