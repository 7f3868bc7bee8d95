package dev.itam.m365.api.portal;

/** What needs an admin's attention about a portal before its imports stop or its figures mislead. */
public enum PortalWarningKind {
    /** Its client secret or certificate expires within a warning threshold. */
    CREDENTIAL_EXPIRES,
    /** Its client secret or certificate has expired: every import fails until it is replaced. */
    CREDENTIAL_EXPIRED,
    /** No import succeeded for more than twice the import interval: its figures are out of date. */
    DATA_STALE
}
