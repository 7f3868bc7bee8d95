package dev.itam.m365.api.compliance;

import dev.itam.m365.api.assignment.AssignmentError;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.lifecycle.Lifecycle;
import dev.itam.m365.api.lifecycle.LifecycleEvent;
import dev.itam.m365.api.pricing.Price;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One licence's figures from the last recalculation.
 *
 * @param portalId           null once the portal was deleted; {@code source} keeps its name
 * @param owned              the usable seats: enabled plus warning ({@link Seats#usable()})
 * @param available          owned minus consumed; negative when under-licensed
 * @param syncProblem        why the licence cannot be synchronised, or null
 * @param appliesTo          null when Microsoft reported a value this version does not know
 * @param lifecycle          null when Microsoft reported a status this version does not know
 * @param nextLifecycleAt    the earliest coming change among its subscriptions, or null
 * @param nextLifecycleEvent what happens then, or null
 * @param failedAssignments  the assignments of the licence that failed or hold with an error, counted
 *                           by kind and keyed by Graph's name of it ({@link AssignmentError#graphName()},
 *                           e.g. {@code CountViolation}); kinds without any are left out
 * @param waiting            users whose assignment failed for lack of a seat
 *                           ({@link AssignmentError#COUNT_VIOLATION}) and who do not hold the licence:
 *                           demand the seat count does not show; {@code consumed + waiting > owned} is
 *                           under-licensed
 * @param price              the unit price, set or built-in; null when the licence has none
 * @param reclaimable        its assignments on the reclaim list (exempt users left out, each
 *                           assignment once whatever its reasons, inactive after the default 90 days)
 * @param monthlyCosts       what its seats cost per month; null without a price, or when the licence
 *                           cannot be synchronised (its seats are no longer known)
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
        Instant calculatedAt,
        Seats seats,
        AppliesTo appliesTo,
        Lifecycle lifecycle,
        Instant nextLifecycleAt,
        LifecycleEvent nextLifecycleEvent,
        Map<String, Integer> failedAssignments,
        int waiting,
        Price price,
        int reclaimable,
        LicenceCosts monthlyCosts) {

    public LicenceCompliance {
        failedAssignments =
                failedAssignments == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(failedAssignments));
    }

    /** How many of the licence's assignments failed with {@code error}. */
    public int failedWith(AssignmentError error) {
        return failedAssignments.getOrDefault(error.graphName(), 0);
    }
}
