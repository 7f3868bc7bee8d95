package dev.itam.m365.simulator.tenant;

import java.time.Instant;

/**
 * One commerce subscription behind a SKU, as {@code GET /directory/subscriptions} lists it. Its
 * status is kept as the string Graph reports, so tests can also set statuses Microsoft may add.
 */
public final class SimSubscription {

    /** Graph's status of a subscription that is gone; its licences count nowhere. */
    public static final String DELETED = "Deleted";

    final String id;
    final String commerceSubscriptionId;
    String status;
    int totalLicenses;
    boolean trial;
    Instant createdAt;
    Instant nextLifecycleAt;

    SimSubscription(String id, String commerceSubscriptionId, String status, int totalLicenses, Instant createdAt) {
        this.id = id;
        this.commerceSubscriptionId = commerceSubscriptionId;
        this.status = status;
        this.totalLicenses = totalLicenses;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String commerceSubscriptionId() {
        return commerceSubscriptionId;
    }

    public String status() {
        return status;
    }

    public int totalLicenses() {
        return totalLicenses;
    }

    public boolean trial() {
        return trial;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the subscription moves to its next state if nothing is done; {@code null} for free SKUs. */
    public Instant nextLifecycleAt() {
        return nextLifecycleAt;
    }

    /** An unchanging copy to render outside the tenant's lock. */
    public SimSubscription snapshot() {
        SimSubscription copy = new SimSubscription(id, commerceSubscriptionId, status, totalLicenses, createdAt);
        copy.trial = trial;
        copy.nextLifecycleAt = nextLifecycleAt;
        return copy;
    }
}
