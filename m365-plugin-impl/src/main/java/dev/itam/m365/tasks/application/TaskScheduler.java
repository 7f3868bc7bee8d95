package dev.itam.m365.tasks.application;

import dev.itam.m365.api.monitor.TaskType;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the scheduled tasks (M-17) with programmatic, non-persistent interval timers created at
 * deployment from {@link TaskSettings}. Ticks fall on the interval's boundaries counted from the
 * epoch (plus the task's offset), so every server instance ticks at the same moments and the
 * lease's tick number lets exactly one of them run each tick. The timer only asks the
 * {@link TaskKernel} to run the features' {@link ScheduledWork}; it also starts the {@link LeaseKeeper}.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskScheduler {

    private static final Logger LOG = Logger.getLogger(TaskScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    TaskSettings settings;

    /** The tasks that run on a schedule. */
    public static final List<TaskType> SCHEDULED =
            List.of(TaskType.IMPORT, TaskType.RECALCULATION, TaskType.HISTORY_ROLLUP);

    @Inject
    TaskKernel kernel;

    @Inject
    @Any
    Instance<ScheduledWork> works;

    @Inject
    LeaseKeeper keeper;

    @PostConstruct
    void schedule() {
        keeper.start();
        for (TaskType task : SCHEDULED) {
            settings.interval(task)
                    .ifPresentOrElse(
                            interval -> {
                                long delay = millisToNextTick(Instant.now(), interval, settings.offset(task));
                                timers.createIntervalTimer(
                                        delay, interval.toMillis(), new TimerConfig(task.name(), false));
                                LOG.info(() -> "Scheduled " + task + " every " + interval + ", next in "
                                        + Duration.ofMillis(delay));
                            },
                            () -> LOG.info(() -> "Scheduled " + task + " is switched off"));
        }
    }

    @Timeout
    void tick(Timer timer) {
        TaskType task = TaskType.valueOf((String) timer.getInfo());
        settings.interval(task).ifPresent(interval -> {
            try {
                ScheduledWork work =
                        works.stream().filter(w -> w.type() == task).findFirst().orElseThrow();
                kernel.runScheduled(work, slot(Instant.now(), interval, settings.offset(task)));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Scheduled " + task + " failed", e);
            }
        });
    }

    /** When this instance's timer of the task fires next. */
    public Optional<Instant> nextRun(TaskType task) {
        return timers.getTimers().stream()
                .filter(t -> task.name().equals(t.getInfo()))
                .findFirst()
                .map(t -> t.getNextTimeout().toInstant());
    }

    /** The tick a moment belongs to: the nearest interval boundary after the offset. */
    static long slot(Instant now, Duration interval, Duration offset) {
        return Math.round((double) (now.toEpochMilli() - offset.toMillis()) / interval.toMillis());
    }

    static long millisToNextTick(Instant now, Duration interval, Duration offset) {
        long sinceBoundary = Math.floorMod(now.toEpochMilli() - offset.toMillis(), interval.toMillis());
        return interval.toMillis() - sinceBoundary;
    }
}
