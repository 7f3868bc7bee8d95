package dev.itam.m365.api.reclaim;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The reclaim rows of one portal.
 *
 * @param assignments  how many assignments are on the list, each once whatever its reasons
 * @param unpriced     how many of them are of licences without a price
 * @param monthlyCosts what they cost per month, by currency code
 */
public record PortalTotal(
        long portalId, String portalName, int assignments, int unpriced, Map<String, BigDecimal> monthlyCosts) {}
