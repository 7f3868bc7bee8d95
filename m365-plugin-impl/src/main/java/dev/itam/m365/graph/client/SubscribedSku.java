package dev.itam.m365.graph.client;

import java.util.List;
import java.util.Set;

/** A {@code subscribedSku} as Graph returns it; unknown properties are ignored. */
public record SubscribedSku(
        String skuId,
        String skuPartNumber,
        String capabilityStatus,
        String appliesTo,
        int consumedUnits,
        PrepaidUnits prepaidUnits,
        List<ServicePlan> servicePlans) {

    private static final Set<String> SUBSCRIBED = Set.of("Enabled", "Warning");

    /** Seats by state; {@code enabled} is what the tenant owns and may use. */
    public record PrepaidUnits(int enabled, int suspended, int warning, int lockedOut) {}

    /**
     * A service plan the SKU contains ({@code servicePlanInfo}). {@code provisioningStatus} (Success,
     * Disabled, PendingInput, …) is read but not stored: which plans a licence contains, what the
     * reclaim list compares, does not depend on it.
     */
    public record ServicePlan(
            String servicePlanId, String servicePlanName, String appliesTo, String provisioningStatus) {}

    /** The tenant subscribes to the SKU: Graph reports it Enabled or Warning. */
    public boolean subscribed() {
        return SUBSCRIBED.contains(capabilityStatus);
    }

    public PrepaidUnits seats() {
        return prepaidUnits == null ? new PrepaidUnits(0, 0, 0, 0) : prepaidUnits;
    }

    /** The plans that have an id; none when Graph sent none. */
    public List<ServicePlan> plans() {
        return servicePlans == null
                ? List.of()
                : servicePlans.stream()
                        .filter(p -> p != null && p.servicePlanId() != null)
                        .toList();
    }
}
