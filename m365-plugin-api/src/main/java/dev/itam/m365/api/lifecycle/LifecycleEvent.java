package dev.itam.m365.api.lifecycle;

/** What happens to a subscription at its next lifecycle date, if nobody acts before. */
public enum LifecycleEvent {
    /** An enabled paid subscription reaches the end of its term: it renews or expires. */
    RENEWAL,
    /** A trial ends. */
    TRIAL_END,
    /** An expired subscription leaves its grace period and is disabled. */
    GRACE_PERIOD_END,
    /** A suspended or locked-out subscription is deleted, with its data. */
    DELETION
}
