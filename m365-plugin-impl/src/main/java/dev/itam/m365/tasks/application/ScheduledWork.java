package dev.itam.m365.tasks.application;

import dev.itam.m365.api.monitor.TaskType;
import java.util.List;

/** What a scheduled task's tick runs, one run per element, under one holding of the task's leases. */
public interface ScheduledWork {

    TaskType type();

    /** Read when the leases are held, so the tick sees the portals as they are then. */
    List<Task> tasks();
}
