package dev.itam.m365.api.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;

/**
 * The unit price of one seat of a licence.
 *
 * @param amount   0 or more, with at most the currency's decimals
 * @param currency ISO 4217 code; null for a built-in price 0, which is free in every currency
 * @param setBy    who set it; null for a built-in price
 * @param setAt    when; null for a built-in price
 */
public record Price(
        BigDecimal amount, String currency, PricePeriod period, PriceSource source, String setBy, Instant setAt) {

    /** The built-in price of a SKU known to be free. */
    public static Price free() {
        return new Price(BigDecimal.ZERO, null, PricePeriod.MONTH, PriceSource.BUILT_IN, null, null);
    }

    /**
     * What {@code seats} seats cost per month: the amount, or a twelfth of it for a yearly price,
     * times the seats, rounded once, half up, to the currency's decimals (two for EUR, none for JPY).
     */
    public BigDecimal monthlyCost(long seats) {
        BigDecimal total = amount.multiply(BigDecimal.valueOf(seats));
        int decimals = currency == null ? 0 : Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal months = period == PricePeriod.YEAR ? BigDecimal.valueOf(12) : BigDecimal.ONE;
        return total.divide(months, decimals, RoundingMode.HALF_UP);
    }
}
