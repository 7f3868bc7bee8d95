package dev.itam.m365.pricing.domain;

import dev.itam.m365.api.pricing.PricePeriod;
import java.math.BigDecimal;

/**
 * A price that follows {@link PriceRules}.
 *
 * @param amount   scaled to the currency's decimals
 * @param currency an ISO 4217 code in upper case
 */
public record CheckedPrice(BigDecimal amount, String currency, PricePeriod period) {}
