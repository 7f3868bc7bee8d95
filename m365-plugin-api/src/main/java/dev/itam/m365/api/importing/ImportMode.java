package dev.itam.m365.api.importing;

/** How much of a tenant's users an import reads. */
public enum ImportMode {
    /** Every user, and change tracking starts again from now. */
    FULL,
    /**
     * Only the users changed since the last import, through Microsoft Graph's change tracking, when
     * the portal has a delta link and its last full import is within {@code
     * m365.tasks.import.full-interval}; a full import otherwise, and when Graph says the link expired.
     */
    INCREMENTAL
}
