package dev.itam.m365.api.reclaim;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The reclaim rows of one licence.
 *
 * @param assignments how many of its assignments are on the list, each once whatever its reasons
 * @param byReason    rows per reason (an assignment with two reasons counts in both)
 * @param monthlyCost what the assignments cost per month; null when the licence has no price
 * @param currency    null when the licence has no price
 */
public record LicenceTotal(
        long licenceId,
        String skuPartNumber,
        String title,
        long portalId,
        int assignments,
        Map<ReclaimReason, Integer> byReason,
        BigDecimal monthlyCost,
        String currency) {}
