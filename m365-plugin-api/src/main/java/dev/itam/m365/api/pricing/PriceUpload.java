package dev.itam.m365.api.pricing;

/**
 * What an uploaded price list changed.
 *
 * @param rows     the price rows read
 * @param licences the licences that got a price (a SKU may be held by several portals)
 */
public record PriceUpload(int rows, int licences) {}
