package dev.itam.m365.tasks.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renews the leases of this instance's running tasks on its own clock, whatever the tasks are
 * doing, until a task's maximum run time (and between a task's steps when its heartbeat finds a
 * renewal due); and on every instance frees leases that lapsed, closing
 * their runs, so a dead instance's run ends within one lease timeout and blocks nobody after it.
 * Such an end is announced like any other, so what the run left behind is cleared too.
 */
@ApplicationScoped
public class LeaseKeeper {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TaskLeases leases;

    @Inject
    TaskSettings settings;

    @Inject
    RunAnnouncer announcer;

    @Inject
    Clock clock;

    /** Whether the rounds run: not started yet, or running, or stopped (by shutdown, or an error that ended them). */
    public enum Rounds {
        NOT_STARTED,
        RUNNING,
        STOPPED
    }

    private final Set<Execution> running = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> rounds;
    private volatile Instant lastRound;

    /** Starts the rounds; called once the schema exists. */
    public synchronized void start() {
        if (rounds == null) {
            long period = settings.renewalPeriod().toMillis();
            rounds = scheduler.scheduleAtFixedRate(this::round, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Whether the rounds still run. A round survives every exception, so stopped rounds mean an error
     * (out of memory, a class that cannot load) ended them: leases of this instance's tasks are no
     * longer renewed and lapsed ones of others no longer freed.
     */
    public synchronized Rounds rounds() {
        if (rounds == null) {
            return Rounds.NOT_STARTED;
        }
        return rounds.isDone() ? Rounds.STOPPED : Rounds.RUNNING;
    }

    /** When the last round ended, whatever it found; empty before the first. */
    public Optional<Instant> lastRound() {
        return Optional.ofNullable(lastRound);
    }

    /** How many tasks of this instance hold leases now. */
    public int runningTasks() {
        return running.size();
    }

    @PreDestroy
    synchronized void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    void keep(Execution execution) {
        running.add(execution);
    }

    void forget(Execution execution) {
        running.remove(execution);
    }

    /**
     * A task's heartbeat: stops it when its holding is lost or over {@code m365.tasks.max-run-time},
     * and renews the leases in the database only once {@link TaskSettings#heartbeatRenewal()} has
     * passed since their last renewal (by a round or a heartbeat). Until then they cannot have
     * lapsed, so no other instance can have taken them over, and a task that calls it between every
     * page costs no transaction per page; a takeover is found at the first renewal due, and nothing
     * is written after it anyway ({@link TaskLeases#fence}).
     *
     * @throws LeaseLostException when the holding is lost
     */
    void heartbeat(Execution execution) {
        execution.checkHeld();
        renewIfDue(execution, settings.heartbeatRenewal());
        execution.checkHeld();
    }

    /** A round's renewal of one holding: now, or it is found lost. */
    void renew(Execution execution) {
        renewIfDue(execution, Duration.ZERO);
    }

    /** Renews one holding once {@code after} has passed since its last renewal, or finds it lost. */
    private void renewIfDue(Execution execution, Duration after) {
        if (execution.isLost()) {
            return;
        }
        Instant now = clock.instant();
        if (execution.isOverdue(now)) {
            execution.lose("The task ran longer than m365.tasks.max-run-time (" + settings.maxRunTime() + ") and was"
                    + " stopped; its leases were no longer renewed.");
        } else if (execution.isRenewalDue(now, after)) {
            if (leases.renew(execution, settings.leaseTimeout())) {
                execution.renewed(now);
            } else {
                execution.lose("The task's lease lapsed or another server instance took it over; it was stopped"
                        + " before writing anything more.");
            }
        }
    }

    private void renewQuietly(Execution execution) {
        try {
            renew(execution);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Renewing a task lease failed; retrying next round", e);
        }
    }

    private void round() {
        try {
            running.forEach(this::renewQuietly);
            List<Long> closed = leases.sweep();
            if (!closed.isEmpty()) {
                LOG.info(() -> "Freed lapsed task leases and closed their runs " + closed);
                announcer.announceClosed(closed);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Renewing or sweeping task leases failed; retrying next round", e);
        }
        lastRound = clock.instant();
    }
}
