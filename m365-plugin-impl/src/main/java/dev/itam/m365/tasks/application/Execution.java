package dev.itam.m365.tasks.application;

import dev.itam.m365.tasks.domain.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One holding of a task's leases, from taking them to releasing them. The token tells this holding
 * apart from a later one of the same instance; once lost, it stays lost. It remembers when its leases
 * were last renewed, so a heartbeat renews them only once a renewal is due.
 */
final class Execution {

    private final List<Lease> leases;
    private final String holder;
    private final String token = UUID.randomUUID().toString();
    private final Instant deadline;
    private Instant renewedAt;
    private volatile String lostBecause;
    private final List<Long> lapsedRunsClosed = new ArrayList<>();

    /**
     * @param takenAt  when the leases were taken, their expiry counted from it
     * @param deadline the end of the task's maximum run time
     */
    Execution(List<Lease> leases, String holder, Instant takenAt, Instant deadline) {
        this.leases = List.copyOf(leases);
        this.holder = holder;
        this.renewedAt = takenAt;
        this.deadline = deadline;
    }

    /** A run whose lease had lapsed, closed while this holding took the lease over. */
    void closedLapsedRun(long runId) {
        lapsedRunsClosed.add(runId);
    }

    List<Long> lapsedRunsClosed() {
        return List.copyOf(lapsedRunsClosed);
    }

    List<Lease> leases() {
        return leases;
    }

    String holder() {
        return holder;
    }

    String token() {
        return token;
    }

    /**
     * Records a renewal that started at {@code at}: the leases' new expiry is counted from no earlier.
     * Renewals of the keeper's rounds and of heartbeats may end in either order; the later counts.
     */
    synchronized void renewed(Instant at) {
        if (at.isAfter(renewedAt)) {
            renewedAt = at;
        }
    }

    /** Whether {@code after} has passed since the last renewal (or the taking), so the leases are to be renewed now. */
    synchronized boolean isRenewalDue(Instant now, Duration after) {
        return !now.isBefore(renewedAt.plus(after));
    }

    boolean isOverdue(Instant now) {
        return now.isAfter(deadline);
    }

    void lose(String reason) {
        if (lostBecause == null) {
            lostBecause = reason;
        }
    }

    boolean isLost() {
        return lostBecause != null;
    }

    void checkHeld() {
        if (lostBecause != null) {
            throw new LeaseLostException(lostBecause);
        }
    }
}
