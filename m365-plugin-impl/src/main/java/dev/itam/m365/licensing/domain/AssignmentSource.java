package dev.itam.m365.licensing.domain;

/** How a user got a licence in the tenant: assigned to the user, or inherited from a group. */
public enum AssignmentSource {
    DIRECT,
    GROUP
}
