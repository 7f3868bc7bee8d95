package dev.itam.m365.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.pricing.PriceDraft;
import dev.itam.m365.api.pricing.PricePeriod;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceRulesTest {

    @Test
    void aPriceIsScaledToItsCurrencysDecimalsAndItsCodeUpperCased() {
        assertThat(PriceRules.check(new PriceDraft(new BigDecimal("20.6"), "eur", PricePeriod.MONTH)))
                .isEqualTo(new CheckedPrice(new BigDecimal("20.60"), "EUR", PricePeriod.MONTH));
        assertThat(PriceRules.check(new PriceDraft(new BigDecimal("1500.000"), "JPY", PricePeriod.YEAR)))
                .isEqualTo(new CheckedPrice(new BigDecimal("1500"), "JPY", PricePeriod.YEAR));
        assertThat(PriceRules.check(new PriceDraft(new BigDecimal("1.125"), " KWD ", PricePeriod.MONTH)))
                .isEqualTo(new CheckedPrice(new BigDecimal("1.125"), "KWD", PricePeriod.MONTH));
        assertThat(PriceRules.check(new PriceDraft(BigDecimal.ZERO, "USD", PricePeriod.MONTH))
                        .amount())
                .isEqualByComparingTo("0");
        assertThat(PriceRules.check(new PriceDraft(new BigDecimal("999999999.99"), "USD", PricePeriod.YEAR))
                        .amount())
                .isEqualByComparingTo("999999999.99");
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(violations(new PriceDraft(null, null, null)))
                .containsExactly(
                        new Violation("amount", "Give the amount, a number of 0 or more such as 20.60."),
                        new Violation("currency", "Give the currency as an ISO 4217 code such as EUR."),
                        new Violation("period", "Give the period, MONTH or YEAR."));
    }

    @Test
    void negativeTooLargeAndTooPreciseAmountsAreRefused() {
        assertThat(violations(new PriceDraft(new BigDecimal("-0.01"), "EUR", PricePeriod.MONTH)))
                .containsExactly(new Violation("amount", "The amount -0.01 is negative; a price is 0 or more."));
        assertThat(violations(new PriceDraft(new BigDecimal("1000000000"), "EUR", PricePeriod.MONTH)))
                .containsExactly(
                        new Violation("amount", "The amount 1000000000 is too large; a price is below 1,000,000,000."));
        assertThat(violations(new PriceDraft(new BigDecimal("20.605"), "EUR", PricePeriod.MONTH)))
                .containsExactly(new Violation("amount", "The amount 20.605 has more decimals than EUR, which has 2."));
        assertThat(violations(new PriceDraft(new BigDecimal("1500.5"), "JPY", PricePeriod.MONTH)))
                .containsExactly(new Violation("amount", "The amount 1500.5 has more decimals than JPY, which has 0."));
        assertThat(violations(new PriceDraft(new BigDecimal("1E-999999999"), "EUR", PricePeriod.MONTH)))
                .containsExactly(
                        new Violation("amount", "The amount 1E-999999999 has more decimals than EUR, which has 2."));
    }

    @Test
    void aCodeThatIsNoMoneyCurrencyIsRefused() {
        assertThat(violations(new PriceDraft(BigDecimal.ONE, "EUX", PricePeriod.MONTH)))
                .containsExactly(new Violation(
                        "currency",
                        "'EUX' is not an ISO 4217 currency code; give three letters such as EUR, USD or GBP."));
        assertThat(violations(new PriceDraft(BigDecimal.ONE, "euro", PricePeriod.MONTH)))
                .extracting(Violation::field)
                .containsExactly("currency");
        assertThat(violations(new PriceDraft(BigDecimal.ONE, "XAU", PricePeriod.MONTH)))
                .containsExactly(new Violation(
                        "currency",
                        "'XAU' is no currency a price can be in (a precious metal, a fund or a test code); give one"
                                + " such as EUR, USD or GBP."));
    }

    @Test
    void withAnUnknownCurrencyTheAmountIsCheckedForItsRangeOnly() {
        assertThat(violations(new PriceDraft(new BigDecimal("-1.234"), "ZZZ", PricePeriod.MONTH)))
                .extracting(Violation::field)
                .containsExactly("amount", "currency");
        assertThat(violations(new PriceDraft(new BigDecimal("1.234"), "ZZZ", PricePeriod.MONTH)))
                .extracting(Violation::field)
                .containsExactly("currency");
    }

    @Test
    void everyRuleNamesItsCodeAndTheValuesItsSentenceNames() {
        assertThat(coded(new PriceDraft(null, null, null)))
                .extracting(Violation::code, Violation::arguments)
                .containsExactly(
                        tuple("price.amount.required", List.of()),
                        tuple("price.currency.required", List.of()),
                        tuple("price.period.required", List.of()));
        assertThat(coded(new PriceDraft(new BigDecimal("-0.01"), "EUR", PricePeriod.MONTH)))
                .extracting(Violation::code, Violation::arguments)
                .containsExactly(tuple("price.amount.negative", List.of("-0.01")));
        assertThat(coded(new PriceDraft(new BigDecimal("1E+9"), "EUR", PricePeriod.MONTH)))
                .extracting(Violation::code, Violation::arguments)
                .containsExactly(tuple("price.amount.tooLarge", List.of("1000000000", "1000000000")));
        assertThat(coded(new PriceDraft(new BigDecimal("20.605"), "EUR", PricePeriod.MONTH)))
                .extracting(Violation::code, Violation::arguments)
                .containsExactly(tuple("price.amount.tooManyDecimals", List.of("20.605", "EUR", "2")));
        assertThat(coded(new PriceDraft(BigDecimal.ONE, "EUX", PricePeriod.MONTH)))
                .extracting(Violation::code, Violation::arguments)
                .containsExactly(tuple("price.currency.unknown", List.of("EUX")));
        assertThat(coded(new PriceDraft(BigDecimal.ONE, "xau", PricePeriod.MONTH)))
                .extracting(Violation::code, Violation::arguments)
                .containsExactly(tuple("price.currency.notMoney", List.of("XAU")));
    }

    /** The violations as the English sentences compare them, without their codes. */
    private static List<Violation> violations(PriceDraft draft) {
        return coded(draft).stream()
                .map(v -> new Violation(v.field(), v.message()))
                .toList();
    }

    private static List<Violation> coded(PriceDraft draft) {
        try {
            PriceRules.check(draft);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError(draft + " was accepted");
    }

    @Test
    void checkThrowsRatherThanReturningHalfAPrice() {
        assertThatThrownBy(() -> PriceRules.check(new PriceDraft(BigDecimal.ONE, "EUR", null)))
                .isInstanceOf(InvalidInputException.class);
    }
}
