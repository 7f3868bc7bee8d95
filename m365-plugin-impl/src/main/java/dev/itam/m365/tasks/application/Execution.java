package dev.itam.m365.tasks.application;

import dev.itam.m365.tasks.domain.Lease;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One holding of a task's leases, from taking them to releasing them. The token tells this holding
 * apart from a later one of the same instance; once lost, it stays lost.
 */
final class Execution {

    private final List<Lease> leases;
    private final String holder;
    private final String token = UUID.randomUUID().toString();
    private final Instant deadline;
    private volatile String lostBecause;
    private final List<Long> lapsedRunsClosed = new ArrayList<>();

    Execution(List<Lease> leases, String holder, Instant deadline) {
        this.leases = List.copyOf(leases);
        this.holder = holder;
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
