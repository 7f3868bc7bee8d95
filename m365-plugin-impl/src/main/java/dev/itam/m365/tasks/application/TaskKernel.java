package dev.itam.m365.tasks.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.monitor.TaskInProgressException;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.monitor.application.TaskRuns;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.tasks.domain.Lease;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place tasks run, whoever asks: timers, the REST API, pages, host code. It takes every
 * lease a task needs or none, records each run, keeps the leases alive while the task works, hands
 * the task a {@link TaskContext}, records a failure in its M-12 category, ends the run only while it
 * is RUNNING, releases the leases and announces the end. A single run is announced once its leases
 * are free, so whoever hears of its end can start the next; runs of one holding (one per portal)
 * are announced as each ends. A request that finds a lease taken is refused; a timer tick simply
 * skips.
 */
@ApplicationScoped
public class TaskKernel {

    private static final Logger LOG = Logger.getLogger(TaskKernel.class.getName());

    @Inject
    TaskLeases leases;

    @Inject
    TaskRuns runs;

    @Inject
    TaskSettings settings;

    @Inject
    InstanceName instance;

    @Inject
    LeaseKeeper keeper;

    @Inject
    RunAnnouncer announcer;

    @Resource
    ManagedExecutorService executor;

    /**
     * Runs the task now and waits for it.
     *
     * @throws NotFoundException when the task's portal does not exist; no run is recorded
     */
    public TaskRunSummary run(Task task, TaskTrigger trigger) {
        Execution execution = hold(task.type(), OptionalLong.empty());
        TaskRunSummary run;
        try {
            run = perform(execution, task, trigger, leases.openRun(execution, task.type(), trigger, task.subject()));
        } finally {
            let(execution);
        }
        announcer.announce(run);
        return run;
    }

    /** Runs the tasks one after the other, a run each, under one holding of their type's leases. */
    public List<TaskRunSummary> runEach(TaskType type, Supplier<List<Task>> tasks, TaskTrigger trigger) {
        Execution execution = hold(type, OptionalLong.empty());
        try {
            return runAll(execution, tasks.get(), trigger);
        } finally {
            let(execution);
        }
    }

    /** A timer tick: runs the work unless another instance runs it or already ran this tick. */
    public void runScheduled(ScheduledWork work, long slot) {
        leases.acquire(
                        Lease.neededBy(work.type()),
                        instance.value(),
                        settings.leaseTimeout(),
                        settings.maxRunTime(),
                        OptionalLong.of(slot))
                .ifPresentOrElse(
                        execution -> {
                            keeper.keep(execution);
                            announceTakenOver(execution);
                            try {
                                runAll(execution, work.tasks(), TaskTrigger.SCHEDULE);
                            } finally {
                                let(execution);
                            }
                        },
                        () -> LOG.fine(() -> work.type() + " tick " + slot + " runs elsewhere or ran already"));
    }

    /** Starts the task and returns its RUNNING run at once; the task goes on in the background. */
    public TaskRunSummary start(Task task, TaskTrigger trigger) {
        Execution execution = hold(task.type(), OptionalLong.empty());
        long runId;
        try {
            runId = leases.openRun(execution, task.type(), trigger, task.subject());
            executor.execute(() -> {
                TaskRunSummary run;
                try {
                    run = perform(execution, task, trigger, runId);
                } finally {
                    let(execution);
                }
                announcer.announce(run);
            });
        } catch (RuntimeException notStarted) {
            let(execution);
            throw notStarted;
        }
        return runs.run(runId);
    }

    private List<TaskRunSummary> runAll(Execution execution, List<Task> tasks, TaskTrigger trigger) {
        List<TaskRunSummary> ended = new ArrayList<>();
        for (Task task : tasks) {
            if (execution.isLost()) {
                LOG.warning(
                        () -> "The " + describe(task.type()) + " stopped before its remaining runs: it lost its lease");
                break;
            }
            long runId;
            try {
                runId = leases.openRun(execution, task.type(), trigger, task.subject());
            } catch (NotFoundException gone) {
                LOG.info(() -> "Skipped a " + describe(task.type()) + ": " + gone.getMessage());
                continue;
            }
            TaskRunSummary run = perform(execution, task, trigger, runId);
            announcer.announce(run);
            ended.add(run);
        }
        return ended;
    }

    private TaskRunSummary perform(Execution execution, Task task, TaskTrigger trigger, long runId) {
        Context context = new Context(execution, trigger, runId);
        try {
            ImportCounts counts = task.perform(context);
            if (!context.succeeded) {
                runs.succeed(runId, counts);
            }
        } catch (PartialFailure partial) {
            runs.failPartly(runId, partial.counts(), partial.first().category(), partial.getMessage());
        } catch (RuntimeException failure) {
            RunFailure report = RunFailure.of(failure, describe(task.type()) + " run " + runId);
            runs.fail(runId, report.category(), report.message());
        }
        return runs.run(runId);
    }

    private Execution hold(TaskType type, OptionalLong slot) {
        List<Lease> needed = Lease.neededBy(type);
        Execution execution = leases.acquire(
                        needed, instance.value(), settings.leaseTimeout(), settings.maxRunTime(), slot)
                .orElseThrow(() -> new TaskInProgressException("The " + describe(type) + " task cannot start now: "
                        + busyWith(needed) + ". Nothing was started; follow the running task in the task monitor and"
                        + " try again when it has ended."));
        keeper.keep(execution);
        announceTakenOver(execution);
        return execution;
    }

    /** The runs of a dead holder whose leases this holding took over end here, for whoever listens. */
    private void announceTakenOver(Execution execution) {
        try {
            announcer.announceClosed(execution.lapsedRunsClosed());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Announcing the end of a lapsed run failed; the task goes on", e);
        }
    }

    private String busyWith(List<Lease> needed) {
        List<String> busy = new ArrayList<>();
        for (Lease lease : needed) {
            leases.holder(lease)
                    .ifPresent(holder ->
                            busy.add("the " + lease.name().toLowerCase(Locale.ROOT) + " is running on " + holder));
        }
        return busy.isEmpty() ? "another task holds its lease" : String.join(" and ", busy);
    }

    private void let(Execution execution) {
        keeper.forget(execution);
        leases.release(execution);
    }

    private static String describe(TaskType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** What the running task sees of its holding. */
    private final class Context implements TaskContext {

        private final Execution execution;
        private final TaskTrigger trigger;
        private final long runId;
        private boolean succeeded;

        Context(Execution execution, TaskTrigger trigger, long runId) {
            this.execution = execution;
            this.trigger = trigger;
            this.runId = runId;
        }

        @Override
        public long runId() {
            return runId;
        }

        @Override
        public TaskTrigger trigger() {
            return trigger;
        }

        @Override
        public void heartbeat() {
            keeper.heartbeat(execution);
        }

        @Override
        public void fence() {
            execution.checkHeld();
            leases.fence(execution, settings.leaseTimeout());
        }

        @Override
        public void succeedWithin(ImportCounts counts) {
            fence();
            if (!runs.succeedWithin(runId, counts)) {
                throw new LeaseLostException("Run " + runId + " was closed before its work was saved.");
            }
            succeeded = true;
        }
    }
}
