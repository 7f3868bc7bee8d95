package dev.itam.m365.api.portal;

import java.time.Instant;

/**
 * Handed to every {@link CredentialExpiryListener} when a portal's credential comes within a warning
 * threshold of its expiry (60, 30 and 7 days by default) or expires: once per portal, credential and
 * threshold, however many imports see it.
 *
 * @param threshold the threshold in days just reached; 0 when the credential has expired
 * @param daysLeft  whole days from today (UTC) to the expiry; negative once expired
 */
public record CredentialExpiryWarning(
        long portalId,
        String portalName,
        AuthenticationType type,
        Instant expiresAt,
        int threshold,
        int daysLeft,
        String message) {}
