package dev.itam.m365.api.licensing;

/** How a user got a licence in the tenant. */
public enum AssignmentSource {
    /** An admin assigned the licence to the user. */
    DIRECT,
    /** The user inherits the licence from a group it belongs to (group-based licensing). */
    GROUP
}
