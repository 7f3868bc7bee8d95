package dev.itam.m365.api.importing;

/**
 * A licence (SKU) available in a tenant, as the exclusions step lists it.
 *
 * @param subscribed whether the tenant subscribes to it (capability status Enabled or Warning)
 * @param excluded   whether the portal excludes it from import
 */
public record TenantLicence(
        String skuId,
        String skuPartNumber,
        String title,
        String capabilityStatus,
        int enabledSeats,
        int consumedSeats,
        boolean subscribed,
        boolean excluded) {}
