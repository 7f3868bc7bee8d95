package dev.itam.m365.api.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.api.pricing.PricePeriod;
import dev.itam.m365.api.pricing.PriceSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostSummaryTest {

    @Test
    void costsAreSummedPerPortalAndInAllPerCurrencyLeavingOutWhatIsNoLongerFed() {
        List<LicenceCompliance> licences = List.of(
                licence(1, 7L, "Contoso", ComplianceStatus.OVER_LICENSED, price("EUR"), costs("EUR", "100", "20", "5")),
                licence(2, 7L, "Contoso", ComplianceStatus.COMPLIANT, price("EUR"), costs("EUR", "50", "0", "10")),
                licence(3, 7L, "Contoso", ComplianceStatus.COMPLIANT, price("USD"), costs("USD", "30", "3", "0")),
                licence(4, 7L, "Contoso", ComplianceStatus.COMPLIANT, null, null),
                licence(5, 7L, "Contoso", ComplianceStatus.COMPLIANT, Price.free(), costs(null, "0", "0", "0")),
                licence(6, 8L, "Fabrikam", ComplianceStatus.UNDER_LICENSED, price("EUR"), costs("EUR", "1", "0", "1")),
                licence(7, 8L, "Fabrikam", ComplianceStatus.CANNOT_BE_SYNCHRONISED, price("EUR"), null),
                licence(8, null, "Gone", ComplianceStatus.CANNOT_BE_SYNCHRONISED, null, null));

        CostSummary summary = CostSummary.of(licences);

        assertThat(summary.portals())
                .containsExactly(
                        new PortalCosts(
                                7,
                                "Contoso",
                                List.of(
                                        new CurrencyCosts("EUR", 2, amount("150"), amount("20"), amount("15")),
                                        new CurrencyCosts("USD", 1, amount("30"), amount("3"), amount("0"))),
                                1),
                        new PortalCosts(
                                8,
                                "Fabrikam",
                                List.of(new CurrencyCosts("EUR", 1, amount("1"), amount("0"), amount("1"))),
                                0));
        assertThat(summary.total())
                .containsExactly(
                        new CurrencyCosts("EUR", 3, amount("151"), amount("20"), amount("16")),
                        new CurrencyCosts("USD", 1, amount("30"), amount("3"), amount("0")));
        assertThat(summary.unpricedLicences()).isEqualTo(1);
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    private static Price price(String currency) {
        return new Price(BigDecimal.TEN, currency, PricePeriod.MONTH, PriceSource.SET, "admin", Instant.EPOCH);
    }

    private static LicenceCosts costs(String currency, String owned, String unused, String reclaimable) {
        return new LicenceCosts(currency, amount(owned), amount(unused), amount(reclaimable));
    }

    private static LicenceCompliance licence(
            long id, Long portalId, String source, ComplianceStatus status, Price price, LicenceCosts costs) {
        return new LicenceCompliance(
                id,
                portalId,
                source,
                "sku-" + id,
                "PART_" + id,
                "Title " + id,
                null,
                10,
                5,
                5,
                status,
                null,
                Instant.EPOCH,
                new Seats(10, 0, 0, 0),
                AppliesTo.USER,
                null,
                null,
                null,
                Map.of(),
                0,
                price,
                0,
                costs);
    }
}
