package dev.itam.m365.api.portal;

import java.time.Instant;
import java.util.Set;

/** A stored portal as host code and admins see it: everything but secrets. */
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
        Instant updatedAt) {}
