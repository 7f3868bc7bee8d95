package dev.itam.m365.api.pricing;

/**
 * A licence with its price.
 *
 * @param portalId null once the portal was deleted; {@code source} keeps its name
 * @param price    null when none is set and the SKU is not known to be free
 */
public record LicencePrice(
        long licenceId, Long portalId, String source, String skuId, String skuPartNumber, String title, Price price) {}
