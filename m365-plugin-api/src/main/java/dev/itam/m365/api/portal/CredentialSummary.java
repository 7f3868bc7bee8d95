package dev.itam.m365.api.portal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an admin may know about a stored credential: its kind, whether it is set and when it
 * expires. Never the secret value or the private key.
 */
public record CredentialSummary(
        AuthenticationType type,
        boolean secretSet,
        String secretId,
        LocalDate secretExpiresOn,
        boolean certificateSet,
        String certificateThumbprint,
        String certificateSubject,
        Instant certificateExpiresAt) {}
