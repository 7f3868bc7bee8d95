package dev.itam.m365.api.audit;

import java.time.Instant;

/**
 * Which entries to read; a null part does not filter.
 *
 * @param from entries at or after this moment
 * @param to entries before this moment
 */
public record AuditFilter(Instant from, Instant to, AuditAction action) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null);
    }
}
