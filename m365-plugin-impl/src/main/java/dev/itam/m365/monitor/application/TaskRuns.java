package dev.itam.m365.monitor.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.audit.AuditAction;
import dev.itam.m365.api.changes.ChangeCounts;
import dev.itam.m365.api.changes.ChangeService;
import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskRunService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.audit.domain.Audited;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.monitor.domain.TaskRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Records task runs. A run's end is written under a row lock and only while the run is RUNNING, so
 * of a late end and the close of a lapsed lease exactly one wins; a run's own end is written in its
 * own transaction, so a run that fails and rolls its work back still leaves its record.
 */
@ApplicationScoped
public class TaskRuns implements TaskRunService {

    private static final Logger LOG = Logger.getLogger(TaskRuns.class.getName());

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ChangeService changes;

    @Inject
    Event<Audited> audited;

    /**
     * Joins the caller's transaction, which ties the run to its leases; the start is audited in it
     * too, as the schedule's when the schedule triggered it.
     */
    @Transactional(TxType.REQUIRED)
    public long start(TaskType task, TaskTrigger trigger, Long portalId, String portalName) {
        TaskRun run = TaskRun.started(task, trigger, portalId, portalName, clock.instant());
        em.persist(run);
        em.flush();
        Audited started = Audited.of(AuditAction.started(task), run.id(), portalName);
        audited.fire(trigger == TaskTrigger.SCHEDULE ? started.bySchedule() : started);
        return run.id();
    }

    /** @return false when the run had already ended (it is left as it was) */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean succeed(long runId, ImportCounts counts) {
        return end(runId, "SUCCEEDED", run -> run.succeed(counts, clock.instant()));
    }

    /** Records the success in the transaction of the run's own work, so both commit or neither does. */
    @Transactional(TxType.MANDATORY)
    public boolean succeedWithin(long runId, ImportCounts counts) {
        return locked(runId).succeed(counts, clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean fail(long runId, FailureCategory category, String message) {
        return end(runId, "FAILED", run -> run.fail(category, message, clock.instant()));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean failPartly(long runId, ImportCounts counts, FailureCategory category, String message) {
        return end(runId, "FAILED in part", run -> run.failPartly(counts, category, message, clock.instant()));
    }

    /**
     * A run whose holder stopped renewing its lease; joins the transaction that frees the lease.
     *
     * @return false when the run had already ended or does not exist
     */
    @Transactional(TxType.REQUIRED)
    public boolean abandon(long runId, String reason) {
        TaskRun run = em.find(TaskRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        return run != null && run.fail(FailureCategory.INTERNAL_ERROR, reason, clock.instant());
    }

    // The reads run in a transaction of their own too: outside one they would use an entity manager
    // kept in the request's invocation, which Payara's managed executor shares with the tasks a
    // request starts, and a task that ends closes it (the request then failed on a closed one).

    /** The runs in progress on any instance, whose working data must be left alone. */
    @Transactional(TxType.REQUIRED)
    public Set<Long> runningIds() {
        return Set.copyOf(em.createQuery("select r.id from TaskRun r where r.outcome = :running", Long.class)
                .setParameter("running", TaskOutcome.RUNNING)
                .getResultList());
    }

    @Transactional(TxType.REQUIRED)
    public Optional<TaskRunSummary> last(TaskType task) {
        return em.createQuery(
                        "select r from TaskRun r where r.task = :task order by r.startedAt desc, r.id desc",
                        TaskRun.class)
                .setParameter("task", task)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(run -> view(run, changes.counts(run.id())));
    }

    /**
     * The last ended run of each portal that has one: its last import on its own (Import, Import now),
     * whichever instance ran it; a full recalculation imports every portal in one run and names none.
     */
    @Transactional(TxType.REQUIRED)
    public List<TaskRunSummary> lastOfEachPortal() {
        return em.createQuery(
                        "select r from TaskRun r where r.portalId is not null and r.endedAt is not null"
                                + " and r.startedAt = (select max(o.startedAt) from TaskRun o"
                                + " where o.portalId = r.portalId and o.endedAt is not null)",
                        TaskRun.class)
                .getResultStream()
                .map(run -> view(run, null))
                .toList();
    }

    @Override
    @Transactional(TxType.REQUIRED)
    public TaskRunSummary run(long runId) {
        return view(find(runId), changes.counts(runId));
    }

    @Override
    @Transactional(TxType.REQUIRED)
    public List<TaskRunSummary> recent(int limit) {
        List<TaskRun> found = em.createQuery(
                        "select r from TaskRun r order by r.startedAt desc, r.id desc", TaskRun.class)
                .setMaxResults(Math.max(1, Math.min(limit, 1000)))
                .getResultList();
        Map<Long, ChangeCounts> counts =
                changes.counts(found.stream().map(TaskRun::id).toList());
        return found.stream().map(run -> view(run, counts.get(run.id()))).toList();
    }

    private boolean end(long runId, String outcome, Predicate<TaskRun> transition) {
        TaskRun run = locked(runId);
        if (!transition.test(run)) {
            LOG.warning(
                    () -> "Run " + runId + " of " + run.task() + " ended " + outcome + " after it had been closed as "
                            + run.outcome() + " (" + run.errorMessage() + "); it stays " + run.outcome() + ".");
            return false;
        }
        return true;
    }

    private TaskRun locked(long runId) {
        TaskRun run = em.find(TaskRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFoundException("There is no task run with id " + runId + ".");
        }
        return run;
    }

    private TaskRun find(long runId) {
        TaskRun run = em.find(TaskRun.class, runId);
        if (run == null) {
            throw new NotFoundException("There is no task run with id " + runId + ".");
        }
        return run;
    }

    /** @param changes what the run changed; shown once it ended */
    private static TaskRunSummary view(TaskRun run, ChangeCounts changes) {
        return new TaskRunSummary(
                run.id(),
                run.task(),
                run.triggeredBy(),
                run.portalId(),
                run.portalName(),
                run.startedAt(),
                run.endedAt(),
                run.outcome(),
                run.counts().figures(),
                run.errorCategory(),
                run.errorMessage(),
                run.counts().notice(),
                run.counts().reading(),
                run.endedAt() == null ? null : changes == null ? ChangeCounts.none() : changes);
    }
}
