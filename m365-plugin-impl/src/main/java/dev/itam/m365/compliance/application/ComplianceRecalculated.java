package dev.itam.m365.compliance.application;

import java.time.Instant;

/**
 * Fired inside the recalculation's transaction once every licence's results are written: what
 * observes it writes with them, all or nothing (the history keeps its snapshot).
 */
public record ComplianceRecalculated(Instant calculatedAt) {}
