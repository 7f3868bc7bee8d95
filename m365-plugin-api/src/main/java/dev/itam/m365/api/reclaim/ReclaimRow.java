package dev.itam.m365.api.reclaim;

import dev.itam.m365.api.licensing.AssignmentSource;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One licence a user holds, for one reason to reclaim it. A user may have several rows for one
 * licence (a guest who is also inactive).
 *
 * @param title        the licence's title
 * @param lastSignInAt the later of the last interactive and non-interactive sign-in; null when none
 *                     is known
 * @param assignedVia  GROUP when the user holds it only through groups: it is reclaimed by removing
 *                     the user from {@code groupId}, not by unassigning it
 * @param groupId      the group it came through, when known; null for a direct assignment
 * @param monthlyCost  what the seat costs per month; null when the licence has no price
 * @param currency     the price's ISO 4217 code; null when the licence has no price
 */
public record ReclaimRow(
        long licenceId,
        String skuPartNumber,
        String title,
        long portalId,
        String portalName,
        long contactId,
        String displayName,
        String userPrincipalName,
        String department,
        ReclaimReason reason,
        Instant lastSignInAt,
        AssignmentSource assignedVia,
        String groupId,
        BigDecimal monthlyCost,
        String currency) {}
