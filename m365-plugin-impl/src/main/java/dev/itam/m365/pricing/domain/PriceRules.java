package dev.itam.m365.pricing.domain;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.pricing.PriceDraft;
import dev.itam.m365.api.pricing.PricePeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a price must be: an amount from 0 to below {@value #LIMIT_TEXT}, with no more decimals than its
 * currency has (two for EUR, none for JPY, three for KWD), in an ISO 4217 currency that is money (not
 * a precious metal, fund or test code), per MONTH or YEAR.
 */
public final class PriceRules {

    static final String LIMIT_TEXT = "1,000,000,000";
    private static final BigDecimal LIMIT = new BigDecimal("1000000000");
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{3}");
    private static final int LONGEST_ECHO = 40;

    private PriceRules() {}

    /** @throws InvalidInputException naming every wrong field of the draft */
    public static CheckedPrice check(PriceDraft draft) {
        List<Violation> violations = new ArrayList<>();
        List<Violation> currencyViolations = new ArrayList<>();
        Optional<Currency> currency = draft.currency() == null
                ? missingCurrency("currency", currencyViolations)
                : currency("currency", draft.currency(), currencyViolations);
        Optional<BigDecimal> amount = draft.amount() == null
                ? missingAmount("amount", violations)
                : amount("amount", draft.amount(), currency, violations);
        violations.addAll(currencyViolations);
        if (draft.period() == null) {
            violations.add(missingPeriod("period"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CheckedPrice(amount.orElseThrow(), currency.orElseThrow().getCurrencyCode(), draft.period());
    }

    /** The currency of an ISO 4217 code in any case, or empty with a violation. */
    static Optional<Currency> currency(String field, String code, List<Violation> violations) {
        String text = code.strip();
        if (CODE.matcher(text).matches()) {
            try {
                Currency currency = Currency.getInstance(text.toUpperCase(Locale.ROOT));
                if (currency.getDefaultFractionDigits() >= 0) {
                    return Optional.of(currency);
                }
                violations.add(Violation.coded(
                        field,
                        "price.currency.notMoney",
                        "'" + currency.getCurrencyCode() + "' is no currency a price can be in (a precious metal, a"
                                + " fund or a test code); give one such as EUR, USD or GBP.",
                        currency.getCurrencyCode()));
                return Optional.empty();
            } catch (IllegalArgumentException unknown) {
                // refused below, as any other text that is no ISO 4217 code
            }
        }
        violations.add(Violation.coded(
                field,
                "price.currency.unknown",
                "'" + echo(text) + "' is not an ISO 4217 currency code; give three letters such as EUR, USD or GBP.",
                echo(text)));
        return Optional.empty();
    }

    /**
     * The amount scaled to the currency's decimals, or empty with a violation. Without a valid
     * currency only the range is checked.
     */
    static Optional<BigDecimal> amount(
            String field, BigDecimal amount, Optional<Currency> currency, List<Violation> violations) {
        if (amount.signum() < 0) {
            violations.add(Violation.coded(
                    field,
                    "price.amount.negative",
                    "The amount " + echo(amount.toString()) + " is negative; a price is 0 or more.",
                    echo(amount.toPlainString())));
            return Optional.empty();
        }
        if (amount.compareTo(LIMIT) >= 0) {
            violations.add(Violation.coded(
                    field,
                    "price.amount.tooLarge",
                    "The amount " + echo(amount.toString()) + " is too large; a price is below " + LIMIT_TEXT + ".",
                    echo(amount.toPlainString()),
                    LIMIT));
            return Optional.empty();
        }
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        int decimals = currency.get().getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > decimals) {
            violations.add(Violation.coded(
                    field,
                    "price.amount.tooManyDecimals",
                    "The amount " + echo(amount.toString()) + " has more decimals than "
                            + currency.get().getCurrencyCode() + ", which has " + decimals + ".",
                    echo(amount.toPlainString()),
                    currency.get().getCurrencyCode(),
                    decimals));
            return Optional.empty();
        }
        return Optional.of(amount.setScale(decimals));
    }

    static Optional<BigDecimal> missingAmount(String field, List<Violation> violations) {
        violations.add(Violation.coded(
                field, "price.amount.required", "Give the amount, a number of 0 or more such as 20.60."));
        return Optional.empty();
    }

    static Optional<Currency> missingCurrency(String field, List<Violation> violations) {
        violations.add(Violation.coded(
                field, "price.currency.required", "Give the currency as an ISO 4217 code such as EUR."));
        return Optional.empty();
    }

    static Violation missingPeriod(String field) {
        return Violation.coded(field, "price.period.required", "Give the period, MONTH or YEAR.");
    }

    /** Input repeated in a message, cut short: a list may hold anything. */
    static String echo(String text) {
        return text.length() <= LONGEST_ECHO ? text : text.substring(0, LONGEST_ECHO) + "…";
    }

    /** What {@code period} names in any case, or null. */
    static PricePeriod period(String text) {
        for (PricePeriod period : PricePeriod.values()) {
            if (period.name().equalsIgnoreCase(text.strip())) {
                return period;
            }
        }
        return null;
    }
}
