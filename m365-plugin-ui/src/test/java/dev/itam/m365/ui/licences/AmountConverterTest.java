package dev.itam.m365.ui.licences;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountConverterTest {

    @Test
    void germanPagesTakeTheDecimalCommaAndRefuseADotRatherThanReadItAsGrouping() {
        assertThat(AmountConverter.parse("20,60", Locale.GERMAN)).isEqualByComparingTo("20.60");
        assertThat(AmountConverter.parse(" 1240,5 ", Locale.GERMAN)).isEqualByComparingTo("1240.5");
        assertThat(AmountConverter.parse("20.60", Locale.GERMAN)).isNull();
        assertThat(AmountConverter.parse("1.240,50", Locale.GERMAN)).isNull();
        assertThat(AmountConverter.format(new BigDecimal("20.60"), Locale.GERMAN))
                .isEqualTo("20,60");
    }

    @Test
    void englishPagesTakeTheDecimalPointOnly() {
        assertThat(AmountConverter.parse("20.60", Locale.ENGLISH)).isEqualByComparingTo("20.60");
        assertThat(AmountConverter.parse("20,60", Locale.ENGLISH)).isNull();
        assertThat(AmountConverter.parse("20.60 EUR", Locale.ENGLISH)).isNull();
        assertThat(AmountConverter.parse("abc", Locale.ENGLISH)).isNull();
        assertThat(AmountConverter.parse("NaN", Locale.ENGLISH)).isNull();
        assertThat(AmountConverter.parse("\u221E", Locale.ENGLISH)).isNull();
        assertThat(AmountConverter.format(new BigDecimal("1240.5"), Locale.ENGLISH))
                .isEqualTo("1240.5");
        assertThat(AmountConverter.format(new BigDecimal("7"), Locale.ENGLISH)).isEqualTo("7");
    }

    @Test
    void anAmountKeepsItsDecimalsBothWays() {
        BigDecimal parsed = AmountConverter.parse("20,60", Locale.GERMAN);
        assertThat(parsed).isNotNull();
        assertThat(parsed.scale()).isEqualTo(2);
        assertThat(AmountConverter.format(parsed, Locale.GERMAN)).isEqualTo("20,60");
    }
}
