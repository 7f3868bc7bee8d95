package dev.itam.m365.graph;

/** What a run asked of Graph, as {@link GraphUsage} counted it. */
public record GraphCalls(int requests, int resourceUnits, int throttledResponses, long pausedMillis) {}
