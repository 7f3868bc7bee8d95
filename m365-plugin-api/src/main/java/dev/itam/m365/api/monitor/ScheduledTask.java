package dev.itam.m365.api.monitor;

import java.time.Instant;

/**
 * A scheduled task as the monitor shows it.
 *
 * @param interval   ISO-8601 duration between runs, or null when the schedule is switched off
 * @param nextRun    when this server's timer fires next, or null
 * @param runningOn  the server instance holding the task's lease, or null when it is not running
 * @param lastRun    the most recent run, or null
 */
public record ScheduledTask(
        TaskType task, String interval, Instant nextRun, String runningOn, TaskRunSummary lastRun) {}
