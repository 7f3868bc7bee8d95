package dev.itam.m365.api.monitor;

/** The plugin's tasks as the monitor names them. */
public enum TaskType {
    /** Import Microsoft 365 licence data (M-5). */
    IMPORT,
    /** Recalculate licence compliance (M-8). */
    RECALCULATION,
    /** Import every portal, then recalculate (M-9). */
    FULL_RECALCULATION,
    /** Import one portal, then recalculate: the pages' "Import now", also run when a portal was added. */
    IMPORT_NOW,
    /** Roll the licences' history up to a snapshot per day, then per month, as it ages; drop what is past its retention (B-5). */
    HISTORY_ROLLUP
}
