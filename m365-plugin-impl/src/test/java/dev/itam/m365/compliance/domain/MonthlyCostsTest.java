package dev.itam.m365.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.compliance.AppliesTo;
import dev.itam.m365.api.compliance.LicenceCosts;
import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.api.pricing.PricePeriod;
import dev.itam.m365.api.pricing.PriceSource;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MonthlyCostsTest {

    private static final Price YEARLY =
            new Price(new BigDecimal("240.00"), "USD", PricePeriod.YEAR, PriceSource.SET, "admin", null);

    @Test
    void ownedUnusedAndReclaimableSeatsAreCountedAtTheMonthlyPrice() {
        assertThat(MonthlyCosts.of(YEARLY, true, AppliesTo.USER, 72, 6, 22))
                .isEqualTo(new LicenceCosts(
                        "USD", new BigDecimal("1440.00"), new BigDecimal("120.00"), new BigDecimal("440.00")));
    }

    @Test
    void anUnderLicensedOrCompanyWideLicenceHasNoUnusedSeats() {
        assertThat(MonthlyCosts.of(YEARLY, true, AppliesTo.USER, 10, -3, 0).unused())
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(MonthlyCosts.of(YEARLY, true, AppliesTo.COMPANY, 1, 1, 0).unused())
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(MonthlyCosts.of(YEARLY, true, AppliesTo.COMPANY, 1, 1, 0).owned())
                .isEqualTo(new BigDecimal("20.00"));
    }

    @Test
    void withoutAPriceOrForALicenceNoLongerFedThereAreNoCosts() {
        assertThat(MonthlyCosts.of(null, true, AppliesTo.USER, 10, 5, 1)).isNull();
        assertThat(MonthlyCosts.of(YEARLY, false, AppliesTo.USER, 10, 5, 1)).isNull();
        assertThat(MonthlyCosts.of(Price.free(), true, AppliesTo.USER, 10, 5, 1))
                .isEqualTo(new LicenceCosts(null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }
}
