package dev.itam.m365.api.portal;

/**
 * Whether a portal's last import could read its users' sign-in activity, which the reclaim list needs
 * to find inactive and never-signed-in users. Without it the import still succeeds and the contacts
 * keep the sign-ins read before, which are then no longer current.
 */
public enum SignInActivity {
    /** Read with the users: the contacts' last sign-ins are current. */
    READ,
    /** The tenant has no Microsoft Entra ID P1 or P2 licence, which Graph requires for sign-in activity. */
    NOT_PREMIUM,
    /** The app lacks the application permission AuditLog.Read.All. */
    PERMISSION_MISSING
}
