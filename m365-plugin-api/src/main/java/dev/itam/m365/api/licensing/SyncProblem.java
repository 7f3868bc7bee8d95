package dev.itam.m365.api.licensing;

/** Why an imported item can no longer be synchronised with its tenant (M-10). */
public enum SyncProblem {
    /** The tenant no longer has the SKU. */
    SKU_REMOVED_FROM_TENANT,
    /** An admin excluded the SKU after it had been imported. */
    SKU_EXCLUDED,
    /** The portal that imported the item was deleted. */
    PORTAL_DELETED
}
