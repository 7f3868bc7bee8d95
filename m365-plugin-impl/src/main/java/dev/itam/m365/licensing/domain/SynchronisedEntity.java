package dev.itam.m365.licensing.domain;

import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.persistence.PersistentEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/**
 * An item the import keeps in step with its tenant (licence, product, contact). Each change of its
 * synchronisation state reports whether it changed, because the import counts only real updates.
 */
@MappedSuperclass
public abstract class SynchronisedEntity extends PersistentEntity {

    @Embedded
    private SyncState sync = SyncState.synchronised();

    /** The last import could not update the item; its figures stay as they were (M-10). */
    public boolean cannotSynchronise(SyncProblem problem) {
        return changeTo(SyncState.cannotSynchronise(problem));
    }

    /** The last import found the item again. */
    protected boolean synchronise() {
        return changeTo(SyncState.synchronised());
    }

    private boolean changeTo(SyncState next) {
        boolean changed = !next.equals(sync);
        sync = next;
        return changed;
    }

    public SyncState sync() {
        return sync;
    }
}
