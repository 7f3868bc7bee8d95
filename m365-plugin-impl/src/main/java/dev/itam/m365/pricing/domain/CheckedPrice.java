package dev.itam.m365.pricing.domain;

import dev.itam.m365.api.pricing.PricePeriod;
import dev.itam.m365.audit.domain.ChangedFields;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A price that follows {@link PriceRules}.
 *
 * @param amount   scaled to the currency's decimals
 * @param currency an ISO 4217 code in upper case
 */
public record CheckedPrice(BigDecimal amount, String currency, PricePeriod period) {

    /** The fields that differ from the price before, or all of them when there was none. */
    public ChangedFields changesFrom(CheckedPrice before) {
        return new ChangedFields()
                .compare(
                        "amount",
                        before == null ? null : before.amount.stripTrailingZeros(),
                        amount.stripTrailingZeros())
                .compare("currency", before == null ? null : before.currency, currency)
                .compare("period", before == null ? null : before.period, period);
    }

    /** As the audit log tells it: {@code 12.50 EUR per MONTH}. */
    public String described() {
        return amount.toPlainString() + " " + currency + " per " + period.name().toUpperCase(Locale.ROOT);
    }
}
