package dev.itam.m365.tasks.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renews the leases of this instance's running tasks on its own clock, whatever the tasks are
 * doing, until a task's maximum run time; and on every instance frees leases that lapsed, closing
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

    private final Set<Execution> running = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> rounds;

    /** Starts the rounds; called once the schema exists. */
    public synchronized void start() {
        if (rounds == null) {
            long period = settings.renewalPeriod().toMillis();
            rounds = scheduler.scheduleAtFixedRate(this::round, period, period, TimeUnit.MILLISECONDS);
        }
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

    /** Renews one holding now, or finds it lost. */
    void renew(Execution execution) {
        if (execution.isLost()) {
            return;
        }
        if (execution.isOverdue(clock.instant())) {
            execution.lose("The task ran longer than m365.tasks.max-run-time (" + settings.maxRunTime() + ") and was"
                    + " stopped; its leases were no longer renewed.");
        } else if (!leases.renew(execution, settings.leaseTimeout())) {
            execution.lose("The task's lease lapsed or another server instance took it over; it was stopped before"
                    + " writing anything more.");
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
    }
}
