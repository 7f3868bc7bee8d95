package dev.itam.m365.api.licensing;

/** Whether the last import could update an imported item (M-10). */
public enum SyncStatus {
    /** The last import found the item in the tenant and took its figures. */
    SYNCHRONISED,
    /** The last import could not update the item; its problem says why, its figures stay as they were. */
    CANNOT_BE_SYNCHRONISED
}
