package dev.itam.m365.api.audit;

import dev.itam.m365.api.monitor.TaskType;

/** What an audited action did; the subject of an entry is named in each constant. */
public enum AuditAction {
    /** Subject: the portal. */
    PORTAL_CREATED,
    /** Subject: the portal; the entry lists the fields that changed (never their values). */
    PORTAL_CHANGED,
    /** Subject: the portal, gone since. */
    PORTAL_DELETED,
    /** Subject: the licence; the entry lists the price's fields that changed and tells the new price. */
    PRICE_SET,
    /** Subject: the licence. */
    PRICE_REMOVED,
    /** A price list uploaded as CSV; no subject, the entry tells how many licences it priced. */
    PRICES_UPLOADED,
    /** Subject: the user (contact) kept off the reclaim list. */
    USER_EXEMPTED,
    /** Subject: the user (contact) back on the reclaim list. */
    EXEMPTION_REMOVED,
    /** Subject: the run; it names its portal. */
    IMPORT_STARTED,
    /** Subject: the run; it names its portal. */
    IMPORT_NOW_STARTED,
    /** Subject: the run. */
    RECALCULATION_STARTED,
    /** Subject: the run. */
    FULL_RECALCULATION_STARTED,
    /** Subject: the run. */
    HISTORY_ROLLUP_STARTED;

    /** The start of a run of the task. */
    public static AuditAction started(TaskType task) {
        return switch (task) {
            case IMPORT -> IMPORT_STARTED;
            case IMPORT_NOW -> IMPORT_NOW_STARTED;
            case RECALCULATION -> RECALCULATION_STARTED;
            case FULL_RECALCULATION -> FULL_RECALCULATION_STARTED;
            case HISTORY_ROLLUP -> HISTORY_ROLLUP_STARTED;
        };
    }
}
