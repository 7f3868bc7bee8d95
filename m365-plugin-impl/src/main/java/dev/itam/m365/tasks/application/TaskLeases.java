package dev.itam.m365.tasks.application;

import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.monitor.application.TaskRuns;
import dev.itam.m365.tasks.domain.Lease;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The lease rows of {@code M365_TASK_LEASE}, changed only by compare-and-set: a lease is taken only
 * while nobody holds it unexpired (and, for a scheduled tick, only once per tick), and renewed or
 * released only by the holding that took it (its token). Every lease a task needs is taken in one
 * transaction, in {@link Lease} order, or none is.
 */
@ApplicationScoped
public class TaskLeases {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    TaskRuns runs;

    @Inject
    Clock clock;

    /**
     * Takes the leases, closing the run of a holder whose lease had lapsed; the execution names the
     * runs closed, so they are announced like the sweep's.
     *
     * @param slot the schedule tick; empty for runs on demand
     * @return empty when any lease is held by someone else or the tick already ran
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Execution> acquire(
            List<Lease> leases, String holder, Duration ttl, Duration maxRunTime, OptionalLong slot) {
        Instant now = clock.instant();
        Execution execution = new Execution(leases, holder, now, now.plus(maxRunTime));
        for (Lease lease : leases) {
            Optional<Lapsed> lapsed = lapsed(lease, now);
            Query take = em.createNativeQuery("UPDATE M365_TASK_LEASE SET HOLDER = ?1, LEASE_TOKEN = ?2, RUN_ID = NULL,"
                            + " EXPIRES_AT = ?3" + (slot.isPresent() ? ", LAST_SLOT = ?6" : "")
                            + " WHERE TASK = ?4 AND (EXPIRES_AT IS NULL OR EXPIRES_AT < ?5)"
                            + (slot.isPresent() ? " AND (LAST_SLOT IS NULL OR LAST_SLOT < ?6)" : ""))
                    .setParameter(1, holder)
                    .setParameter(2, execution.token())
                    .setParameter(3, Timestamp.from(now.plus(ttl)))
                    .setParameter(4, lease.name())
                    .setParameter(5, Timestamp.from(now));
            if (slot.isPresent()) {
                take.setParameter(6, slot.getAsLong());
            }
            if (take.executeUpdate() == 0) {
                transaction.setRollbackOnly();
                return Optional.empty();
            }
            if (lapsed.isPresent() && closeRun(lapsed.get())) {
                execution.closedLapsedRun(lapsed.get().runId());
            }
        }
        return Optional.of(execution);
    }

    /** Starts a run tied to the leases in one transaction, so a lapsed lease's run can always be closed. */
    @Transactional(TxType.REQUIRES_NEW)
    public long openRun(Execution execution, TaskType task, TaskTrigger trigger, RunSubject subject) {
        long runId = runs.start(task, trigger, subject.portalId(), subject.portalName());
        for (Lease lease : execution.leases()) {
            em.createNativeQuery("UPDATE M365_TASK_LEASE SET RUN_ID = ?1 WHERE TASK = ?2 AND LEASE_TOKEN = ?3")
                    .setParameter(1, runId)
                    .setParameter(2, lease.name())
                    .setParameter(3, execution.token())
                    .executeUpdate();
        }
        return runId;
    }

    /** @return false when any lease of the holding lapsed or was taken over: it is lost */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean renew(Execution execution, Duration ttl) {
        return extend(execution, ttl);
    }

    /** Renews the leases inside the caller's transaction, locking them until it commits. */
    @Transactional(TxType.MANDATORY)
    public void fence(Execution execution, Duration ttl) {
        if (!extend(execution, ttl)) {
            execution.lose("Its lease lapsed or another server instance took the task over before its work was saved.");
            execution.checkHeld();
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void release(Execution execution) {
        for (Lease lease : execution.leases()) {
            em.createNativeQuery("UPDATE M365_TASK_LEASE SET HOLDER = NULL, LEASE_TOKEN = NULL, RUN_ID = NULL,"
                            + " EXPIRES_AT = NULL WHERE TASK = ?1 AND LEASE_TOKEN = ?2")
                    .setParameter(1, lease.name())
                    .setParameter(2, execution.token())
                    .executeUpdate();
        }
    }

    /**
     * Frees every lapsed lease and closes its run: a holder that stopped renewing has stopped.
     *
     * @return the ids of the runs closed
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> sweep() {
        Instant now = clock.instant();
        List<Long> closed = new ArrayList<>();
        for (Lease lease : Lease.values()) {
            Optional<Lapsed> lapsed = lapsed(lease, now);
            if (lapsed.isPresent()
                    && em.createNativeQuery(
                                            "UPDATE M365_TASK_LEASE SET HOLDER = NULL, LEASE_TOKEN = NULL,"
                                                    + " RUN_ID = NULL, EXPIRES_AT = NULL WHERE TASK = ?1 AND HOLDER IS NOT NULL AND EXPIRES_AT < ?2")
                                    .setParameter(1, lease.name())
                                    .setParameter(2, Timestamp.from(now))
                                    .executeUpdate()
                            == 1
                    && closeRun(lapsed.get())) {
                closed.add(lapsed.get().runId());
            }
        }
        return closed;
    }

    /** The unexpired holder of the lease, for the monitor and refusals. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<String> holder(Lease lease) {
        List<?> rows = em.createNativeQuery("SELECT HOLDER FROM M365_TASK_LEASE WHERE TASK = ?1 AND HOLDER IS NOT NULL"
                        + " AND EXPIRES_AT >= ?2")
                .setParameter(1, lease.name())
                .setParameter(2, Timestamp.from(clock.instant()))
                .getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    private boolean extend(Execution execution, Duration ttl) {
        Instant now = clock.instant();
        int renewed = 0;
        for (Lease lease : execution.leases()) {
            renewed += em.createNativeQuery(
                            "UPDATE M365_TASK_LEASE SET EXPIRES_AT = ?1 WHERE TASK = ?2 AND LEASE_TOKEN = ?3"
                                    + " AND EXPIRES_AT >= ?4")
                    .setParameter(1, Timestamp.from(now.plus(ttl)))
                    .setParameter(2, lease.name())
                    .setParameter(3, execution.token())
                    .setParameter(4, Timestamp.from(now))
                    .executeUpdate();
        }
        return renewed == execution.leases().size();
    }

    private record Lapsed(String holder, Long runId) {}

    private Optional<Lapsed> lapsed(Lease lease, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT HOLDER, RUN_ID FROM M365_TASK_LEASE WHERE TASK = ?1"
                        + " AND HOLDER IS NOT NULL AND EXPIRES_AT < ?2")
                .setParameter(1, lease.name())
                .setParameter(2, Timestamp.from(now))
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .findFirst()
                .map(row -> new Lapsed((String) row[0], row[1] == null ? null : ((Number) row[1]).longValue()));
    }

    private boolean closeRun(Lapsed lapsed) {
        return lapsed.runId() != null
                && runs.abandon(
                        lapsed.runId(),
                        "The server instance running this task (" + lapsed.holder() + ") stopped before"
                                + " it ended, or lost its database connection: its lease lapsed without renewal.");
    }
}
