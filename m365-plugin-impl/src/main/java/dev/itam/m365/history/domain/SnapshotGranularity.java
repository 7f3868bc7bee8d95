package dev.itam.m365.history.domain;

/** What a stored snapshot stands for: one recalculation, or the last of a day or of a month. */
public enum SnapshotGranularity {
    RUN,
    DAY,
    MONTH
}
