package dev.itam.m365.api.compliance;

import dev.itam.m365.api.licensing.SyncProblem;
import java.time.Instant;

/**
 * One licence's figures from the last recalculation.
 *
 * @param portalId    null once the portal was deleted; {@code source} keeps its name
 * @param syncProblem why the licence cannot be synchronised, or null
 * @param available   owned minus consumed; negative when under-licensed
 */
public record LicenceCompliance(
        long licenceId,
        Long portalId,
        String source,
        String skuId,
        String skuPartNumber,
        String title,
        String productName,
        int owned,
        int consumed,
        int available,
        ComplianceStatus status,
        SyncProblem syncProblem,
        Instant calculatedAt) {}
