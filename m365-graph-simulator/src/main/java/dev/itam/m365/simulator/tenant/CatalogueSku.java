package dev.itam.m365.simulator.tenant;

import java.util.List;

/** A SKU as Microsoft publishes it: id, part number and the service plans it bundles. */
public record CatalogueSku(String skuId, String partNumber, List<ServicePlan> servicePlans) {

    /**
     * A service plan of a SKU.
     *
     * @param appliesTo whom the plan is licensed to; {@code null} when the source does not say
     *                  (Microsoft's CSV), the plan then applies like its SKU
     */
    public record ServicePlan(String servicePlanId, String servicePlanName, AppliesTo appliesTo) {

        /** Graph's {@code appliesTo} of this plan within a SKU that applies to {@code sku}. */
        public AppliesTo appliesTo(AppliesTo sku) {
            return appliesTo == null ? sku : appliesTo;
        }
    }
}
