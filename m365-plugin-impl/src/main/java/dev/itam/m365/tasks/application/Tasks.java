package dev.itam.m365.tasks.application;

import dev.itam.m365.api.monitor.ScheduledTask;
import dev.itam.m365.api.monitor.TaskRunListener;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskService;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.monitor.application.TaskRuns;
import dev.itam.m365.tasks.domain.Lease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;

/** The tasks on demand and their schedule; the features contribute the tasks, the kernel runs them. */
@ApplicationScoped
public class Tasks implements TaskService {

    @Inject
    TaskKernel kernel;

    @Inject
    @Any
    Instance<Task> tasks;

    @Inject
    TaskSettings settings;

    @Inject
    TaskScheduler scheduler;

    @Inject
    TaskLeases leases;

    @Inject
    TaskRuns runs;

    @Inject
    RunAnnouncer announcer;

    @Override
    public TaskRunSummary recalculate(TaskTrigger trigger) {
        return kernel.run(task(TaskType.RECALCULATION), trigger);
    }

    @Override
    public TaskRunSummary startFullRecalculation(TaskTrigger trigger) {
        return kernel.start(task(TaskType.FULL_RECALCULATION), trigger);
    }

    @Override
    public TaskRunSummary rollUpHistory(TaskTrigger trigger) {
        return kernel.run(task(TaskType.HISTORY_ROLLUP), trigger);
    }

    @Override
    public List<ScheduledTask> schedule() {
        return TaskScheduler.SCHEDULED.stream()
                .map(task -> new ScheduledTask(
                        task,
                        settings.interval(task).map(Object::toString).orElse(null),
                        scheduler.nextRun(task).orElse(null),
                        leases.holder(Lease.neededBy(task).get(0)).orElse(null),
                        runs.last(task).orElse(null)))
                .toList();
    }

    @Override
    public void addListener(TaskRunListener listener) {
        announcer.add(listener);
    }

    @Override
    public void removeListener(TaskRunListener listener) {
        announcer.remove(listener);
    }

    private Task task(TaskType type) {
        return tasks.stream()
                .filter(task -> task.type() == type)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No task of type " + type + " is deployed"));
    }
}
