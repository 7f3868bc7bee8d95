package dev.itam.m365.api.spi;

/** A licensed tenant user as the import found it, for matching with the host's contacts. */
public record ImportedUser(
        String entraObjectId,
        String displayName,
        String userPrincipalName,
        String mail,
        String department,
        boolean accountEnabled) {}
