package dev.itam.m365.api.monitor;

/**
 * Fired as a CDI event inside the plugin's application when a run of any task ends, successful
 * or not. Host code in another application registers a {@link TaskRunListener} instead.
 */
public record TaskRunFinished(TaskRunSummary run) {}
