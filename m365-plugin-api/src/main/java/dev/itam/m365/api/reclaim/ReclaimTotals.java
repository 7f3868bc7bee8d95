package dev.itam.m365.api.reclaim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The totals of the rows a filter selects. Per reason every row counts; per licence, per portal and
 * in all, an assignment counts once however many reasons it has, and so does its cost. Costs are per
 * month, per currency, never converted.
 *
 * @param byReason     every reason, in the order of {@link ReclaimReason}, also those without rows
 * @param byLicence    licences with rows, by portal name and title
 * @param byPortal     portals with rows, by name
 * @param assignments  assignments on the list
 * @param unpriced     of them, those of licences without a price
 * @param monthlyCosts by currency code
 */
public record ReclaimTotals(
        List<ReasonTotal> byReason,
        List<LicenceTotal> byLicence,
        List<PortalTotal> byPortal,
        int assignments,
        int unpriced,
        Map<String, BigDecimal> monthlyCosts) {}
