package dev.itam.m365.api.monitor;

/** How a task run ended, or that it has not ended yet. */
public enum TaskOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED
}
