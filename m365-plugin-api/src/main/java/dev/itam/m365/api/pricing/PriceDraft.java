package dev.itam.m365.api.pricing;

import java.math.BigDecimal;

/**
 * A price as an admin enters it.
 *
 * @param amount   0 or more and below 1,000,000,000, with at most the currency's decimals
 * @param currency an ISO 4217 code such as EUR (any case)
 */
public record PriceDraft(BigDecimal amount, String currency, PricePeriod period) {}
