package dev.itam.m365.api.pricing;

/** What a price pays for: one seat for a month or for a year. */
public enum PricePeriod {
    MONTH,
    /** A yearly price counts a twelfth of it per month. */
    YEAR
}
