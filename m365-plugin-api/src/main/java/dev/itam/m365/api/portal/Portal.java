package dev.itam.m365.api.portal;

import java.time.Instant;
import java.util.Set;

/**
 * A stored portal as host code and admins see it: everything but secrets.
 *
 * @param importNotice what its last import could not read (e.g. subscriptions, for lack of a
 *                     permission) though the import succeeded; null when it read everything
 * @param signInActivity whether its last import could read the users' sign-ins, and if not why;
 *                       null before its first import
 */
public record Portal(
        long id,
        String name,
        String description,
        String tenantId,
        String clientId,
        NationalCloud cloud,
        CredentialSummary credential,
        Set<String> excludedSkuIds,
        Instant createdAt,
        Instant updatedAt,
        String importNotice,
        SignInActivity signInActivity) {}
