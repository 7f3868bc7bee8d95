package dev.itam.m365.api.monitor;

/**
 * Told when a task run ends. The cross-application counterpart of the {@link TaskRunFinished} CDI
 * event: register one through {@link TaskService#addListener(TaskRunListener)}; it is called on the
 * thread that ran the task, after the run was recorded, and must return quickly.
 */
@FunctionalInterface
public interface TaskRunListener {

    void finished(TaskRunSummary run);
}
