package dev.itam.m365.monitor.domain;

/** What started a task run. */
public enum TaskTrigger {
    SCHEDULE,
    ADMIN,
    HOST
}
