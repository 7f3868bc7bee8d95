package dev.itam.m365.api.audit;

/** Who acted: a signed-in user, host code through the plugin's EJBs, or the plugin's own schedule. */
public enum ActorKind {
    /** A user signed in to the REST API or the pages; the entry names them. */
    USER,
    /** Host code calling the plugin's {@code java:global} EJBs. */
    HOST,
    /** The plugin's timers. */
    SCHEDULER
}
