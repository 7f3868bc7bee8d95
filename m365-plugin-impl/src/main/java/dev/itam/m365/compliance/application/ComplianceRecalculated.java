package dev.itam.m365.compliance.application;

import java.time.Instant;

/**
 * Fired inside the recalculation's transaction once every licence's results are written: what
 * observes it writes with them, all or nothing (the history keeps its snapshot, and the run's change
 * log the licences whose seats or lifecycle changed).
 */
public record ComplianceRecalculated(long runId, Instant calculatedAt) {}
