package dev.itam.m365.api.reclaim;

import java.time.Instant;

/**
 * A user an admin keeps off the reclaim list (a service account, a shared mailbox, someone on leave).
 *
 * @param portalId null once the user's portal was deleted
 * @param note     why, as the admin wrote it: plain text, to be shown escaped
 */
public record Exemption(
        long contactId,
        Long portalId,
        String displayName,
        String userPrincipalName,
        String note,
        String exemptedBy,
        Instant exemptedAt) {}
