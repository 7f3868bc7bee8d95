package dev.itam.m365.api;

/**
 * The plugin's roles, the one place code names them: a host grants them to its users. The WAR's
 * deployment descriptors (web.xml, glassfish-web.xml) cannot refer to constants and repeat them;
 * a test of the UI module keeps those equal to these.
 */
public final class Roles {

    /** May create, change and delete portals and products, and run tasks. */
    public static final String ADMIN = "m365-admin";
    /** May read everything but secrets. */
    public static final String VIEWER = "m365-viewer";

    private Roles() {}
}
