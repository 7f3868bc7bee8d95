package dev.itam.m365.api.reclaim;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The rows of one reason.
 *
 * @param assignments  how many rows have the reason
 * @param unpriced     how many of them are of licences without a price
 * @param monthlyCosts what they cost per month, by currency code
 */
public record ReasonTotal(ReclaimReason reason, int assignments, int unpriced, Map<String, BigDecimal> monthlyCosts) {}
