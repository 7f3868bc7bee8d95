package dev.itam.m365.monitor.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.monitor.TaskRunService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.monitor.domain.TaskRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Records task runs. Each record is written in its own transaction, so a run that fails and rolls
 * its work back still leaves its record for the monitor.
 */
@ApplicationScoped
public class TaskRuns implements TaskRunService {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long start(TaskType task, TaskTrigger trigger, Long portalId, String portalName) {
        TaskRun run = TaskRun.started(task, trigger, portalId, portalName, clock.instant());
        em.persist(run);
        em.flush();
        return run.id();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeed(long runId, ImportCounts counts) {
        find(runId).succeed(counts, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long runId, FailureCategory category, String message) {
        find(runId).fail(category, message, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failPartly(long runId, ImportCounts counts, FailureCategory category, String message) {
        find(runId).failPartly(counts, category, message, clock.instant());
    }

    /** A run whose server stopped before it ended: its lease lapsed and another instance took over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void abandon(long runId) {
        TaskRun run = em.find(TaskRun.class, runId);
        if (run != null && run.endedAt() == null) {
            run.fail(FailureCategory.INTERNAL_ERROR, "The server instance running this task stopped before it ended;"
                    + " its lease lapsed and the task ran again later.", clock.instant());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<TaskRunSummary> last(TaskType task) {
        return em.createQuery("select r from TaskRun r where r.task = :task order by r.startedAt desc, r.id desc", TaskRun.class)
                .setParameter("task", task).setMaxResults(1).getResultStream().map(TaskRuns::view).findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskRunSummary run(long runId) {
        return view(find(runId));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskRunSummary> recent(int limit) {
        return em.createQuery("select r from TaskRun r order by r.startedAt desc, r.id desc", TaskRun.class)
                .setMaxResults(Math.max(1, Math.min(limit, 1000)))
                .getResultStream().map(TaskRuns::view).toList();
    }

    private TaskRun find(long runId) {
        TaskRun run = em.find(TaskRun.class, runId);
        if (run == null) {
            throw new NotFoundException("There is no task run with id " + runId + ".");
        }
        return run;
    }

    private static TaskRunSummary view(TaskRun run) {
        return new TaskRunSummary(run.id(), run.task(), run.triggeredBy(), run.portalId(), run.portalName(),
                run.startedAt(), run.endedAt(), run.outcome(), run.counts().figures(), run.errorCategory(),
                run.errorMessage());
    }
}
