package dev.itam.m365.api.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceTest {

    private static Price price(String amount, String currency, PricePeriod period) {
        return new Price(new BigDecimal(amount), currency, period, PriceSource.SET, "admin", null);
    }

    @Test
    void aMonthlyPriceCostsItsAmountPerSeat() {
        assertThat(price("36.00", "EUR", PricePeriod.MONTH).monthlyCost(1)).isEqualTo(new BigDecimal("36.00"));
        assertThat(price("36.00", "EUR", PricePeriod.MONTH).monthlyCost(7)).isEqualTo(new BigDecimal("252.00"));
        assertThat(price("36.00", "EUR", PricePeriod.MONTH).monthlyCost(0)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aYearlyPriceCountsATwelfthRoundedOnceHalfUpToTheCurrencysDecimals() {
        Price yearly = price("250", "EUR", PricePeriod.YEAR);
        assertThat(yearly.monthlyCost(1)).isEqualTo(new BigDecimal("20.83"));
        assertThat(yearly.monthlyCost(3)).isEqualTo(new BigDecimal("62.50"));
        assertThat(price("0.06", "EUR", PricePeriod.YEAR).monthlyCost(1)).isEqualTo(new BigDecimal("0.01"));
        assertThat(price("10000", "JPY", PricePeriod.YEAR).monthlyCost(1)).isEqualTo(new BigDecimal("833"));
        assertThat(price("1.000", "KWD", PricePeriod.YEAR).monthlyCost(1)).isEqualTo(new BigDecimal("0.083"));
    }

    @Test
    void aBuiltInFreePriceCostsNothingInNoCurrency() {
        assertThat(Price.free().source()).isEqualTo(PriceSource.BUILT_IN);
        assertThat(Price.free().currency()).isNull();
        assertThat(Price.free().monthlyCost(500)).isEqualTo(BigDecimal.ZERO);
    }
}
