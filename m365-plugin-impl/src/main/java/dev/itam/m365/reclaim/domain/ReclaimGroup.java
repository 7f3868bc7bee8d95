package dev.itam.m365.reclaim.domain;

import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.api.reclaim.ReclaimReason;

/**
 * The rows of one licence for one reason, as the SQL counts them for the totals.
 *
 * @param price     the licence's set price, or null (free licences have no rows)
 * @param rows      rows of the reason
 * @param firstRows of them, those whose assignment has no reason before this one (in the order of
 *                  {@link ReclaimReason}), so that summed over reasons each assignment counts once
 */
public record ReclaimGroup(
        long licenceId,
        String skuPartNumber,
        String title,
        long portalId,
        String portalName,
        Price price,
        ReclaimReason reason,
        int rows,
        int firstRows) {}
