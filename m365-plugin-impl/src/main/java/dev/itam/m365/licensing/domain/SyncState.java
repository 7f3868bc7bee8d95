package dev.itam.m365.licensing.domain;

import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Synchronisation status of an imported item, with the problem when there is one. */
@Embeddable
public class SyncState {

    @Enumerated(EnumType.STRING)
    @Column(name = "SYNC_STATUS", nullable = false, length = 30)
    private SyncStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "SYNC_PROBLEM", length = 30)
    private SyncProblem problem;

    protected SyncState() {}

    private SyncState(SyncStatus status, SyncProblem problem) {
        this.status = status;
        this.problem = problem;
    }

    public static SyncState synchronised() {
        return new SyncState(SyncStatus.SYNCHRONISED, null);
    }

    public static SyncState cannotSynchronise(SyncProblem problem) {
        return new SyncState(SyncStatus.CANNOT_BE_SYNCHRONISED, problem);
    }

    public boolean isSynchronised() {
        return status == SyncStatus.SYNCHRONISED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SyncState state && status == state.status && problem == state.problem;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(status, problem);
    }

    public SyncStatus status() {
        return status;
    }

    public SyncProblem problem() {
        return problem;
    }
}
