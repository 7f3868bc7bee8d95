package dev.itam.m365.graph;

/**
 * What a run asked of Graph, as {@link GraphUsage} counted it. The run's record keeps the first four;
 * retries, pages of users and users read only reach the metrics.
 */
public record GraphCalls(
        int requests,
        int resourceUnits,
        int throttledResponses,
        long pausedMillis,
        int retries,
        int userPages,
        int usersRead) {}
