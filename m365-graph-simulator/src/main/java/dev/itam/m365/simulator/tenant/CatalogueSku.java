package dev.itam.m365.simulator.tenant;

import java.util.List;

/** A SKU as Microsoft publishes it: id, part number and the service plans it bundles. */
public record CatalogueSku(String skuId, String partNumber, List<ServicePlan> servicePlans) {

    /** A service plan of a SKU. */
    public record ServicePlan(String servicePlanId, String servicePlanName) {}
}
