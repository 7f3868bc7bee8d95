package dev.itam.m365.api.portal;

import java.time.Instant;

/**
 * One thing an admin should act on, with the sentence that says what to do.
 *
 * @param at when the credential expires (or expired), or since when the data is stale: the last
 *           successful import, or the portal's creation when none succeeded
 */
public record PortalWarning(PortalWarningKind kind, Instant at, String message) {}
