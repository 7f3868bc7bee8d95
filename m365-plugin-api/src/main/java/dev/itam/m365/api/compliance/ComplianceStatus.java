package dev.itam.m365.api.compliance;

/** The verdict of a recalculation for one licence (M-8). */
public enum ComplianceStatus {
    /** As many consumers as owned seats. */
    COMPLIANT,
    /** More consumers than owned seats: licences must be bought. */
    UNDER_LICENSED,
    /** Fewer consumers than owned seats: seats are paid for but unused. */
    OVER_LICENSED,
    /** The last import could not update the licence; see its synchronisation problem. */
    CANNOT_BE_SYNCHRONISED,
    /**
     * No usable seat (every subscription suspended, locked out or deleted) while users still hold the
     * licence: buying more does not help; reactivate the subscription or remove the assignments.
     */
    SUBSCRIPTION_INACTIVE,
    /** The licence applies to the whole company, not to users, and a subscription is active. */
    TENANT_WIDE
}
