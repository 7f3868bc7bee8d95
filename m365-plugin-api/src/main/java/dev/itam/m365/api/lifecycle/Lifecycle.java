package dev.itam.m365.api.lifecycle;

/**
 * Where a licence stands in Microsoft's subscription lifecycle, taken from its most usable
 * subscription: one paid and enabled makes it ACTIVE, only trials TRIAL, and so on down.
 */
public enum Lifecycle {
    /** A paid subscription is enabled. */
    ACTIVE,
    /** Only trial subscriptions are enabled. */
    TRIAL,
    /** Expired and in its grace period (Microsoft's Warning): still usable until the period ends. */
    GRACE_PERIOD,
    /** Disabled: nobody can use it; the data is kept until deletion. */
    SUSPENDED,
    /** Locked out or deleted: no access, deletion pending or done. */
    LOCKED_OUT
}
