package dev.itam.m365.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.pricing.PricePeriod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CheckedPriceTest {

    private static final CheckedPrice MONTHLY = new CheckedPrice(new BigDecimal("12.50"), "EUR", PricePeriod.MONTH);

    @Test
    void aFirstPriceChangesEveryField() {
        assertThat(MONTHLY.changesFrom(null).names()).containsExactly("amount", "currency", "period");
    }

    @Test
    void theSameAmountAtTheColumnsScaleIsNoChange() {
        CheckedPrice stored = new CheckedPrice(new BigDecimal("12.5000"), "EUR", PricePeriod.MONTH);

        assertThat(MONTHLY.changesFrom(stored).names()).isEmpty();
        assertThat(new CheckedPrice(new BigDecimal("150"), "EUR", PricePeriod.YEAR)
                        .changesFrom(stored)
                        .names())
                .containsExactly("amount", "period");
    }

    @Test
    void itIsDescribedWithItsCurrencyAndPeriod() {
        assertThat(MONTHLY.described()).isEqualTo("12.50 EUR per MONTH");
    }
}
