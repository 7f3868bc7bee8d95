package dev.itam.m365.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.audit.ActorKind;
import dev.itam.m365.api.audit.AuditAction;
import dev.itam.m365.api.audit.AuditEntry;
import dev.itam.m365.api.pricing.PricePeriod;
import dev.itam.m365.pricing.domain.CheckedPrice;
import dev.itam.m365.pricing.domain.PriceCsv;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The audit log's details as the services write them, told to German readers. */
class AuditDetailsTest {

    @Test
    void aPriceSetIsToldInGermanWordsAndNotation() {
        String detail = new CheckedPrice(new BigDecimal("1240.50"), "EUR", PricePeriod.MONTH).described();
        assertThat(AuditDetails.of(Locale.GERMAN, AuditAction.PRICE_SET, detail))
                .isEqualTo("1.240,50 EUR im Monat");
        String yearly = new CheckedPrice(new BigDecimal("1500"), "JPY", PricePeriod.YEAR).described();
        assertThat(AuditDetails.of(Locale.GERMAN, AuditAction.PRICE_SET, yearly))
                .isEqualTo("1.500 JPY im Jahr");
    }

    @Test
    void anUploadedListIsToldInGermanWords() {
        assertThat(AuditDetails.of(Locale.GERMAN, AuditAction.PRICES_UPLOADED, PriceCsv.described(1200, 3)))
                .isEqualTo("Zeilen: 1.200, bepreiste Lizenzen: 3");
    }

    @Test
    void anyOtherDetailIsShownAsTheServiceWroteIt() {
        assertThat(AuditDetails.of(Locale.GERMAN, AuditAction.PORTAL_CHANGED, "something"))
                .isEqualTo("something");
        assertThat(AuditDetails.of(Locale.GERMAN, AuditAction.PRICE_SET, "odd")).isEqualTo("odd");
        assertThat(AuditDetails.of(Locale.GERMAN, AuditAction.PRICE_SET, null)).isNull();
    }

    @Test
    void englishReadersSeeTheServicesDetail() {
        AuditEntry entry = new AuditEntry(
                1,
                Instant.EPOCH,
                ActorKind.USER,
                "admin",
                AuditAction.PRICES_UPLOADED,
                null,
                null,
                List.of(),
                "Lines: 3, licences priced: 2");
        assertThat(new Labels().auditDetail(entry)).isEqualTo("Lines: 3, licences priced: 2");
    }
}
