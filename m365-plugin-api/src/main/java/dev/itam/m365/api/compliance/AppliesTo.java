package dev.itam.m365.api.compliance;

/** Whom a licence is for, as Microsoft's {@code appliesTo} says. */
public enum AppliesTo {
    /** Assigned to users one by one. */
    USER,
    /** Serves the whole organisation; not assigned to users. */
    COMPANY
}
