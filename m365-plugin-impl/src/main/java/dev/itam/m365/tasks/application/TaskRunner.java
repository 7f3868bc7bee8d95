package dev.itam.m365.tasks.application;

import dev.itam.m365.api.importing.ImportService;
import dev.itam.m365.api.monitor.ScheduledTask;
import dev.itam.m365.api.monitor.TaskInProgressException;
import dev.itam.m365.api.monitor.TaskRunFinished;
import dev.itam.m365.api.monitor.TaskRunListener;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskService;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.compliance.application.ComplianceCalculator;
import dev.itam.m365.importing.application.ImportProgress;
import dev.itam.m365.importing.application.PortalImporter;
import dev.itam.m365.monitor.application.RunFailure;
import dev.itam.m365.monitor.application.TaskRuns;
import dev.itam.m365.monitor.domain.ImportCounts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Runs tasks under their leases, whoever asks: the timers, the REST API or host code. The import
 * takes the IMPORT lease, the recalculation the RECALCULATION lease, "recalculate completely" both;
 * a request that finds a lease taken is refused at once, a timer tick simply skips.
 */
@ApplicationScoped
public class TaskRunner implements ImportService, TaskService {

    private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());

    @Inject
    TaskLeases leases;

    @Inject
    TaskSettings settings;

    @Inject
    PortalImporter importer;

    @Inject
    ComplianceCalculator calculator;

    @Inject
    TaskRuns runs;

    @Inject
    TaskScheduler scheduler;

    @Inject
    Event<TaskRunFinished> finished;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Config config;

    private String instance;
    private final List<TaskRunListener> listeners = new CopyOnWriteArrayList<>();

    /** {@code m365.instance.name} names this server in leases and the monitor; by default host and a random suffix. */
    @PostConstruct
    void nameInstance() {
        instance = config.getOptionalValue("m365.instance.name", String.class).orElseGet(TaskRunner::instanceName);
    }

    @Override
    public List<TaskRunSummary> importAll(TaskTrigger trigger) {
        hold(TaskType.IMPORT, OptionalLong.empty());
        try {
            return importEveryPortal(trigger);
        } finally {
            leases.release(TaskType.IMPORT, instance);
        }
    }

    @Override
    public TaskRunSummary importPortal(long portalId, TaskTrigger trigger) {
        importer.portal(portalId);
        hold(TaskType.IMPORT, OptionalLong.empty());
        try {
            return announce(importer.importAsRun(portalId, trigger, importProgress()));
        } finally {
            leases.release(TaskType.IMPORT, instance);
        }
    }

    @Override
    public TaskRunSummary recalculate(TaskTrigger trigger) {
        hold(TaskType.RECALCULATION, OptionalLong.empty());
        try {
            return recalculation(trigger);
        } finally {
            leases.release(TaskType.RECALCULATION, instance);
        }
    }

    @Override
    public TaskRunSummary startFullRecalculation(TaskTrigger trigger) {
        hold(TaskType.IMPORT, OptionalLong.empty());
        try {
            hold(TaskType.RECALCULATION, OptionalLong.empty());
        } catch (TaskInProgressException busy) {
            leases.release(TaskType.IMPORT, instance);
            throw busy;
        }
        long runId = runs.start(TaskType.FULL_RECALCULATION, trigger, null, null);
        leases.attach(TaskType.IMPORT, instance, runId);
        leases.attach(TaskType.RECALCULATION, instance, runId);
        executor.execute(() -> fullRecalculation(runId));
        return runs.run(runId);
    }

    @Override
    public List<ScheduledTask> schedule() {
        List<ScheduledTask> tasks = new ArrayList<>();
        for (TaskType task : List.of(TaskType.IMPORT, TaskType.RECALCULATION)) {
            tasks.add(new ScheduledTask(task, settings.interval(task).map(Object::toString).orElse(null),
                    scheduler.nextRun(task).orElse(null),
                    leases.holder(task).map(TaskLeases.Holder::holder).orElse(null),
                    runs.last(task).orElse(null)));
        }
        return tasks;
    }

    @Override
    public void addListener(TaskRunListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(TaskRunListener listener) {
        listeners.remove(listener);
    }

    /** A timer tick: runs the task unless another instance runs it or already ran this tick. */
    void runScheduled(TaskType task, long slot) {
        if (leases.acquire(task, instance, settings.leaseTimeout(), OptionalLong.of(slot))
                .map(this::closeLapsedRun).isEmpty()) {
            LOG.fine(() -> task + " tick " + slot + " runs elsewhere or ran already");
            return;
        }
        try {
            if (task == TaskType.IMPORT) {
                importEveryPortal(TaskTrigger.SCHEDULE);
            } else {
                recalculation(TaskTrigger.SCHEDULE);
            }
        } finally {
            leases.release(task, instance);
        }
    }

    private List<TaskRunSummary> importEveryPortal(TaskTrigger trigger) {
        return importer.portalIds().stream()
                .map(id -> announce(importer.importAsRun(id, trigger, importProgress())))
                .toList();
    }

    private TaskRunSummary recalculation(TaskTrigger trigger) {
        long runId = runs.start(TaskType.RECALCULATION, trigger, null, null);
        leases.attach(TaskType.RECALCULATION, instance, runId);
        try {
            runs.succeed(runId, ImportCounts.recalculated(calculator.recalculate()));
        } catch (RuntimeException failure) {
            RunFailure report = RunFailure.of(failure, "Compliance recalculation");
            runs.fail(runId, report.category(), report.message());
        }
        return announce(runs.run(runId));
    }

    private void fullRecalculation(long runId) {
        try {
            ImportCounts counts = ImportCounts.none();
            List<String> failures = new ArrayList<>();
            RunFailure first = null;
            List<Long> portalIds = importer.portalIds();
            for (Long portalId : portalIds) {
                try {
                    counts = counts.plus(importer.importInto(runId, importer.portal(portalId), heartbeat(TaskType.IMPORT)));
                } catch (RuntimeException failure) {
                    RunFailure report = RunFailure.of(failure, "Import of portal " + portalId);
                    first = first == null ? report : first;
                    failures.add("portal " + portalId + ": " + report.message());
                }
            }
            counts = counts.plus(ImportCounts.recalculated(calculator.recalculate()));
            if (first == null) {
                runs.succeed(runId, counts);
            } else {
                runs.failPartly(runId, counts, first.category(), failures.size() + " of " + portalIds.size()
                        + " portals could not be imported; compliance was recalculated with the others. "
                        + String.join(" | ", failures));
            }
        } catch (RuntimeException failure) {
            RunFailure report = RunFailure.of(failure, "Full recalculation");
            runs.fail(runId, report.category(), report.message());
        } finally {
            leases.release(TaskType.RECALCULATION, instance);
            leases.release(TaskType.IMPORT, instance);
            announce(runs.run(runId));
        }
    }

    private void hold(TaskType task, OptionalLong slot) {
        leases.acquire(task, instance, settings.leaseTimeout(), slot).map(this::closeLapsedRun).orElseThrow(() ->
                new TaskInProgressException("The " + task.name().toLowerCase().replace('_', ' ') + " task is running on "
                        + leases.holder(task).map(TaskLeases.Holder::holder).orElse("another server instance")
                        + "; nothing was started. Follow it in the task monitor and try again when it has ended."));
    }

    private TaskLeases.Taken closeLapsedRun(TaskLeases.Taken taken) {
        taken.lapsedRunId().ifPresent(runs::abandon);
        return taken;
    }

    /** Ties each portal's run to the import lease, so a lapsed lease's run can be closed, and renews it per page. */
    private ImportProgress importProgress() {
        return new ImportProgress() {
            @Override
            public void started(long runId) {
                leases.attach(TaskType.IMPORT, instance, runId);
            }

            @Override
            public void pageRead() {
                leases.renew(TaskType.IMPORT, instance, settings.leaseTimeout());
            }
        };
    }

    private Runnable heartbeat(TaskType task) {
        return () -> leases.renew(task, instance, settings.leaseTimeout());
    }

    private TaskRunSummary announce(TaskRunSummary run) {
        finished.fire(new TaskRunFinished(run));
        for (TaskRunListener listener : listeners) {
            try {
                listener.finished(run);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A task run listener failed", e);
            }
        }
        return run;
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
