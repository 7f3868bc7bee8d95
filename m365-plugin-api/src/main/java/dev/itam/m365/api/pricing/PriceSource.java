package dev.itam.m365.api.pricing;

/** Where a licence's price comes from. */
public enum PriceSource {
    /** An admin set it, for the licence or through an uploaded price list. */
    SET,
    /** The plugin knows the SKU is free (price 0); a set price overrides it. */
    BUILT_IN
}
