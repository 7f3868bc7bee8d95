package dev.itam.m365.api.licensing;

/** Where a product came from, which decides what an admin may change on it (M-6). */
public enum ProductOrigin {
    /** Created by a portal's import for one licence; read-only but for its folder. */
    IMPORTED,
    /** Created by an admin. */
    MANUAL
}
