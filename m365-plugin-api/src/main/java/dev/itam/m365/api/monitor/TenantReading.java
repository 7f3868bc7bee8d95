package dev.itam.m365.api.monitor;

/**
 * How an import run read its tenant: every user, or only those Graph's change tracking named since
 * the last import ({@code incremental}); and what it asked of Microsoft Graph: requests (retries
 * included, token requests not), the resource units Graph charged them ({@code x-ms-resource-unit}),
 * the answers that were throttled (429), and how long the run slowed down on its own because Graph
 * said it neared its limit.
 */
public record TenantReading(
        boolean incremental, int graphRequests, int resourceUnits, int throttledResponses, long pausedMillis) {}
