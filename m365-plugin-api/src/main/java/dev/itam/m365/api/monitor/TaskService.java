package dev.itam.m365.api.monitor;

import java.util.List;

/**
 * Runs the plugin's tasks on demand and tells their schedule. A task never runs twice at once,
 * across every server instance sharing the database.
 *
 * @throws TaskInProgressException when the task, or one it would overlap, is running
 */
public interface TaskService {

    /** Recalculates compliance now (M-8) and waits for it. */
    TaskRunSummary recalculate(TaskTrigger trigger);

    /**
     * Starts "recalculate completely" (M-9): an import of all portals, then the recalculation,
     * recorded as one run. Returns at once with the run, which is RUNNING until it ends.
     */
    TaskRunSummary startFullRecalculation(TaskTrigger trigger);

    /**
     * Rolls the licences' history up now, as its daily schedule does, and waits for it: snapshots
     * past {@code m365.history.daily-after} become one per day, past {@code monthly-after} one per
     * month, past {@code retention} none.
     */
    default TaskRunSummary rollUpHistory(TaskTrigger trigger) {
        throw new UnsupportedOperationException("This plugin version does not roll up the history on demand");
    }

    /** The scheduled tasks with their interval, next run and last run. */
    List<ScheduledTask> schedule();

    /** Registers a listener for ended runs (until the plugin is undeployed or it is removed). */
    void addListener(TaskRunListener listener);

    void removeListener(TaskRunListener listener);
}
