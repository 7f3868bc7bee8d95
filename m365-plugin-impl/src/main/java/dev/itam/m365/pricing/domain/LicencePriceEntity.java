package dev.itam.m365.pricing.domain;

import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.api.pricing.PricePeriod;
import dev.itam.m365.api.pricing.PriceSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** The price an admin set for a licence, keyed by the licence; removed with it. */
@Entity(name = "LicencePrice")
@Table(name = "M365_LICENCE_PRICE")
public class LicencePriceEntity {

    /** Longest name of who set a price that is kept. */
    public static final int MAX_SET_BY = 256;

    @Id
    @Column(name = "LICENCE_ID")
    private Long licenceId;

    @Column(name = "AMOUNT", nullable = false, precision = 16, scale = 4)
    private BigDecimal amount;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "PERIOD", nullable = false, length = 10)
    private PricePeriod period;

    @Column(name = "SET_BY", nullable = false, length = MAX_SET_BY)
    private String setBy;

    @Column(name = "SET_AT", nullable = false)
    private Instant setAt;

    protected LicencePriceEntity() {}

    public LicencePriceEntity(long licenceId, CheckedPrice price, String setBy, Instant setAt) {
        this.licenceId = licenceId;
        change(price, setBy, setAt);
    }

    public final void change(CheckedPrice price, String by, Instant at) {
        amount = price.amount();
        currency = price.currency();
        period = price.period();
        setBy = by;
        setAt = at;
    }

    public CheckedPrice price() {
        return new CheckedPrice(amount, currency, period);
    }

    public long licenceId() {
        return licenceId;
    }

    /** The price with the currency's decimals, whatever scale the column gives back. */
    public Price view() {
        return new Price(
                amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits()),
                currency,
                period,
                PriceSource.SET,
                setBy,
                setAt);
    }
}
