package dev.itam.m365.api.monitor;

/** What started a task run. */
public enum TaskTrigger {
    SCHEDULE,
    ADMIN,
    HOST
}
