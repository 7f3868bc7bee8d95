package dev.itam.m365.graph.client;

import java.util.Set;

/** A {@code subscribedSku} as Graph returns it; unknown properties are ignored. */
public record SubscribedSku(
        String skuId,
        String skuPartNumber,
        String capabilityStatus,
        String appliesTo,
        int consumedUnits,
        PrepaidUnits prepaidUnits) {

    private static final Set<String> SUBSCRIBED = Set.of("Enabled", "Warning");

    /** Seats by state; {@code enabled} is what the tenant owns and may use. */
    public record PrepaidUnits(int enabled, int suspended, int warning, int lockedOut) {}

    /** The tenant subscribes to the SKU: Graph reports it Enabled or Warning. */
    public boolean subscribed() {
        return SUBSCRIBED.contains(capabilityStatus);
    }

    public PrepaidUnits seats() {
        return prepaidUnits == null ? new PrepaidUnits(0, 0, 0, 0) : prepaidUnits;
    }
}
