package dev.itam.m365.api.history;

/**
 * How finely a licence's history is told: a point per recalculation as the history still keeps them
 * (older ones are thinned to days and months), or one per day or per month, each the period's last.
 */
public enum Granularity {
    RUN,
    DAY,
    MONTH
}
