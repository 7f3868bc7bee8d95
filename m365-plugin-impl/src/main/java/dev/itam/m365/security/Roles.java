package dev.itam.m365.security;

/** The plugin's roles, as web.xml and the identity store name them. */
public final class Roles {

    /** May create, change and delete portals and run tasks. */
    public static final String ADMIN = "m365-admin";
    /** May read everything but secrets. */
    public static final String VIEWER = "m365-viewer";

    private Roles() {
    }
}
