package dev.itam.m365.api.portal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an admin may know about a stored credential: its kind, whether it is set and when it
 * expires. Never the secret value or the private key.
 *
 * @param expiresInDays whole days from today (UTC) until the credential in use expires, negative once
 *                      it has; null when the plugin does not know it
 */
public record CredentialSummary(
        AuthenticationType type,
        boolean secretSet,
        String secretId,
        LocalDate secretExpiresOn,
        boolean certificateSet,
        String certificateThumbprint,
        String certificateSubject,
        Instant certificateExpiresAt,
        Integer expiresInDays) {

    /** A summary that does not say how many days are left, as hosts built it before. */
    public CredentialSummary(
            AuthenticationType type,
            boolean secretSet,
            String secretId,
            LocalDate secretExpiresOn,
            boolean certificateSet,
            String certificateThumbprint,
            String certificateSubject,
            Instant certificateExpiresAt) {
        this(
                type,
                secretSet,
                secretId,
                secretExpiresOn,
                certificateSet,
                certificateThumbprint,
                certificateSubject,
                certificateExpiresAt,
                null);
    }

    /** This summary saying how many days are left. */
    public CredentialSummary withExpiresInDays(Integer days) {
        return new CredentialSummary(
                type,
                secretSet,
                secretId,
                secretExpiresOn,
                certificateSet,
                certificateThumbprint,
                certificateSubject,
                certificateExpiresAt,
                days);
    }
}
