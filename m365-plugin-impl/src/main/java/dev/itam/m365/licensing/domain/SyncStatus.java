package dev.itam.m365.licensing.domain;

/** Whether the last import could update an imported item (M-10). */
public enum SyncStatus {
    SYNCHRONISED,
    CANNOT_BE_SYNCHRONISED
}
