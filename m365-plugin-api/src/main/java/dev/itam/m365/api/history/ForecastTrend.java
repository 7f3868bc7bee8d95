package dev.itam.m365.api.history;

/** Where a licence's demand (consumed plus waiting seats) heads at the rate of the last 90 days. */
public enum ForecastTrend {
    /** Demand grows and reaches the owned seats on the forecast's date. */
    RUNS_OUT,
    /** Demand already takes every owned seat, or more. */
    FULL,
    /** Demand moves by less than a seat a month. */
    STABLE,
    /** Demand falls by a seat a month or more. */
    SHRINKING,
    /** Fewer than 7 days of figures: no forecast. */
    NOT_ENOUGH_DATA
}
