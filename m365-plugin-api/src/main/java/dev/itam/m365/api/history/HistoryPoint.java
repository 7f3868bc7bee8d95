package dev.itam.m365.api.history;

import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.compliance.LicenceCosts;
import dev.itam.m365.api.lifecycle.Lifecycle;
import java.time.Instant;

/**
 * A licence's figures at the end of a period (a day or a month), as the last recalculation in it
 * found them.
 *
 * @param at            when that recalculation ran
 * @param peakConsumed  the most seats consumed at any recalculation of the period: Microsoft's
 *                      true-ups count the peak, not the end
 * @param lifecycle     null when the licence had no lifecycle then
 * @param monthlyCosts  what its seats cost per month then; null without a price
 */
public record HistoryPoint(
        Instant at,
        int owned,
        int consumed,
        int peakConsumed,
        int available,
        int waiting,
        int reclaimable,
        ComplianceStatus status,
        Lifecycle lifecycle,
        LicenceCosts monthlyCosts) {}
