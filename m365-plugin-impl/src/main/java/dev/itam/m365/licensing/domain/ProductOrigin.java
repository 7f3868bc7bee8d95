package dev.itam.m365.licensing.domain;

/** Whether a product came from a portal's import (read-only, M-6) or was created by hand. */
public enum ProductOrigin {
    IMPORTED,
    MANUAL
}
