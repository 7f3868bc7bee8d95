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
    CANNOT_BE_SYNCHRONISED
}
