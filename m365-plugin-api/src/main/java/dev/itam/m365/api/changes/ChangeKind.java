package dev.itam.m365.api.changes;

/** What changed. */
public enum ChangeKind {
    /** A user holds a licence the last import did not find them holding. */
    LICENCE_GAINED,
    /** A user no longer holds a licence the last import found them holding. */
    LICENCE_LOST,
    /** A user holds an imported licence for the first time. */
    USER_ADDED,
    /** A user the last import found holding imported licences is gone: deleted in the tenant, or holding none any more. */
    USER_REMOVED,
    USER_DISABLED,
    USER_ENABLED,
    DEPARTMENT_CHANGED,
    /** A licence's owned seats changed (before and after in the change). */
    SEATS_CHANGED,
    /** A licence's lifecycle changed, e.g. from ACTIVE to GRACE_PERIOD. */
    LIFECYCLE_CHANGED
}
