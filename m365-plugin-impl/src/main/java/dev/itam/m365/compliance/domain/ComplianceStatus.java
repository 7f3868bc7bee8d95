package dev.itam.m365.compliance.domain;

/** The verdict of a recalculation for one licence. */
public enum ComplianceStatus {
    COMPLIANT,
    UNDER_LICENSED,
    OVER_LICENSED,
    CANNOT_BE_SYNCHRONISED
}
