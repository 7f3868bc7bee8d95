package dev.itam.m365.simulator.tenant;

import java.time.Instant;
import java.util.List;

/**
 * A SKU the tenant subscribes to, with the seat counts {@code subscribedSkus} reports and the
 * subscription behind it. Consumed units are kept by the tenant from the users' assignments.
 */
public final class SimSku {

    final CatalogueSku catalogue;
    final String subscriptionId;
    final String commerceSubscriptionId;
    final Instant createdAt;
    String appliesTo;
    String capabilityStatus;
    int enabled;
    int suspended;
    int warning;
    int lockedOut;
    int consumed;
    boolean trial;
    Instant nextLifecycleAt;

    SimSku(CatalogueSku catalogue, String subscriptionId, String commerceSubscriptionId, Instant createdAt) {
        this.catalogue = catalogue;
        this.subscriptionId = subscriptionId;
        this.commerceSubscriptionId = commerceSubscriptionId;
        this.createdAt = createdAt;
        this.appliesTo = "User";
        this.capabilityStatus = "Enabled";
        this.nextLifecycleAt = createdAt.plusSeconds(365L * 24 * 3600);
    }

    public String skuId() {
        return catalogue.skuId();
    }

    public String partNumber() {
        return catalogue.partNumber();
    }

    public List<CatalogueSku.ServicePlan> servicePlans() {
        return catalogue.servicePlans();
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String commerceSubscriptionId() {
        return commerceSubscriptionId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String appliesTo() {
        return appliesTo;
    }

    public String capabilityStatus() {
        return capabilityStatus;
    }

    public int enabled() {
        return enabled;
    }

    public int suspended() {
        return suspended;
    }

    public int warning() {
        return warning;
    }

    public int lockedOut() {
        return lockedOut;
    }

    public int consumed() {
        return consumed;
    }

    public boolean trial() {
        return trial;
    }

    public Instant nextLifecycleAt() {
        return nextLifecycleAt;
    }
}
