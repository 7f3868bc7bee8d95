package dev.itam.m365.reclaim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.api.pricing.PricePeriod;
import dev.itam.m365.api.pricing.PriceSource;
import dev.itam.m365.api.reclaim.LicenceTotal;
import dev.itam.m365.api.reclaim.ReclaimReason;
import dev.itam.m365.api.reclaim.ReclaimTotals;
import dev.itam.m365.reclaim.domain.ReclaimGroup;
import dev.itam.m365.reclaim.domain.ReclaimTotalling;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The totals as JSON-B (Payara's Yasson) writes them: reasons and currencies as keys, amounts with their decimals. */
class ReclaimJsonTest {

    @Test
    void totalsAreWrittenWithReasonAndCurrencyKeysAndAmountsAsTheCurrencyHasThem() throws Exception {
        Price price = new Price(new BigDecimal("250"), "EUR", PricePeriod.YEAR, PriceSource.SET, null, null);
        ReclaimTotals totals = ReclaimTotalling.of(
                List.of(
                        new ReclaimGroup(
                                10, "SPE_E3", "Microsoft 365 E3", 1, "Contoso", price, ReclaimReason.INACTIVE, 3, 3),
                        new ReclaimGroup(
                                10, "SPE_E3", "Microsoft 365 E3", 1, "Contoso", price, ReclaimReason.GUEST, 2, 1)),
                false);

        assertThat(totals.byLicence())
                .containsExactly(new LicenceTotal(
                        10,
                        "SPE_E3",
                        "Microsoft 365 E3",
                        1,
                        4,
                        Map.of(ReclaimReason.INACTIVE, 3, ReclaimReason.GUEST, 2),
                        new BigDecimal("83.33"),
                        "EUR"));
        Jsonb json = JsonbBuilder.create();
        try {
            assertThat(json.toJson(totals))
                    .isEqualTo("{\"assignments\":4,"
                            + "\"byLicence\":[{\"assignments\":4,\"byReason\":{\"INACTIVE\":3,\"GUEST\":2},"
                            + "\"currency\":\"EUR\",\"licenceId\":10,\"monthlyCost\":83.33,\"portalId\":1,"
                            + "\"skuPartNumber\":\"SPE_E3\",\"title\":\"Microsoft 365 E3\"}],"
                            + "\"byPortal\":[{\"assignments\":4,\"monthlyCosts\":{\"EUR\":83.33},\"portalId\":1,"
                            + "\"portalName\":\"Contoso\",\"unpriced\":0}],"
                            + "\"byReason\":[{\"assignments\":0,\"monthlyCosts\":{},\"reason\":\"DISABLED\",\"unpriced\":0},"
                            + "{\"assignments\":0,\"monthlyCosts\":{},\"reason\":\"NEVER_SIGNED_IN\",\"unpriced\":0},"
                            + "{\"assignments\":3,\"monthlyCosts\":{\"EUR\":62.50},\"reason\":\"INACTIVE\",\"unpriced\":0},"
                            + "{\"assignments\":2,\"monthlyCosts\":{\"EUR\":41.67},\"reason\":\"GUEST\",\"unpriced\":0},"
                            + "{\"assignments\":0,\"monthlyCosts\":{},\"reason\":\"REDUNDANT\",\"unpriced\":0}],"
                            + "\"monthlyCosts\":{\"EUR\":83.33},\"unpriced\":0}");
        } finally {
            json.close();
        }
    }

    @Test
    void aPriceIsWrittenWithItsFieldsOnly() throws Exception {
        Jsonb json = JsonbBuilder.create();
        try {
            assertThat(json.toJson(new Price(
                            new BigDecimal("20.60"),
                            "EUR",
                            PricePeriod.MONTH,
                            PriceSource.SET,
                            "admin",
                            java.time.Instant.parse("2025-06-01T10:15:30Z"))))
                    .isEqualTo("{\"amount\":20.60,\"currency\":\"EUR\",\"period\":\"MONTH\","
                            + "\"setAt\":\"2025-06-01T10:15:30Z\",\"setBy\":\"admin\",\"source\":\"SET\"}");
        } finally {
            json.close();
        }
    }
}
