package dev.itam.m365.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.pricing.PriceDraft;
import dev.itam.m365.api.pricing.PricePeriod;
import dev.itam.m365.licensing.application.ConsumerTypes;
import dev.itam.m365.pricing.domain.PriceRules;
import dev.itam.m365.reclaim.domain.ExemptionRules;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The services' coded sentences as German pages show them: translated, filled, in German notation. */
class ErrorsTest {

    @Test
    void theServicesRulesAreShownInGermanWithTheirValues() {
        assertThat(german(refused(() -> PriceRules.check(new PriceDraft(null, "XAU", PricePeriod.MONTH)))))
                .containsExactly(
                        "Geben Sie den Betrag an, eine Zahl von 0 oder mehr wie 20,60.",
                        "„XAU“ ist keine Währung, in der ein Preis sein kann (ein Edelmetall, ein Fonds oder ein"
                                + " Testcode); geben Sie eine wie EUR, USD oder GBP an.");
        assertThat(german(refused(() -> ExemptionRules.note("x".repeat(1234)))))
                .containsExactly("Die Notiz hat 1.234 Zeichen; aufbewahrt werden höchstens 500.");
        assertThat(german(refused(() -> ExemptionRules.note("on leave\u0000"))))
                .containsExactly("Die Notiz enthält ein Steuerzeichen (U+0000) an Stelle 9; schreiben Sie Text,"
                        + " Zeilenumbrüche sind erlaubt.");
        assertThat(german(refused(() -> ConsumerTypes.parse("user"))))
                .containsExactly("„user“ ist kein Verbrauchertyp. Wählen Sie einen der Verbrauchertypen USER, DEVICE;"
                        + " MICROSOFT_365 setzt nur der Import aus Microsoft 365.");
    }

    @Test
    void amountsAreGermanDecimalsWithTheirOwnDecimalsAndLimitsGermanWholeNumbers() {
        assertThat(german(refused(
                        () -> PriceRules.check(new PriceDraft(new BigDecimal("-1234.50"), "EUR", PricePeriod.MONTH)))))
                .containsExactly("Der Betrag -1.234,50 ist negativ; ein Preis ist 0 oder mehr.");
        assertThat(german(refused(
                        () -> PriceRules.check(new PriceDraft(new BigDecimal("20.605"), "EUR", PricePeriod.MONTH)))))
                .containsExactly("Der Betrag 20,605 hat mehr Nachkommastellen, als EUR hat (2).");
        assertThat(german(refused(
                        () -> PriceRules.check(new PriceDraft(new BigDecimal("1E+9"), "EUR", PricePeriod.MONTH)))))
                .containsExactly("Der Betrag 1.000.000.000 ist zu groß; ein Preis liegt unter 1.000.000.000.");
        Violation cutShort =
                Violation.coded("amount", "price.amount.negative", "The amount -1…", "-" + "1".repeat(40) + "…");
        assertThat(Errors.violation(Locale.GERMAN, cutShort))
                .contains("-1111")
                .endsWith("… ist negativ; ein Preis ist 0 oder mehr.");
    }

    @Test
    void daysAndMomentsAreWrittenAsGermanReadersWriteThem() {
        Violation expired = Violation.coded(
                "credential.certificatePem",
                "portal.certificate.expired",
                "The certificate expired on 2026-03-01T12:30:00Z. …",
                "2026-03-01T12:30:00Z");
        assertThat(Errors.violation(Locale.GERMAN, expired))
                .startsWith("Das Zertifikat ist am 01.03.2026 12:30:00 UTC abgelaufen.");
        Violation secret = Violation.coded(
                "credential.secretExpiresOn",
                "portal.secretExpiresOn.past",
                "The client secret expired …",
                "2026-03-01");
        assertThat(Errors.violation(Locale.GERMAN, secret))
                .startsWith("Der geheime Clientschlüssel ist am 01.03.2026 abgelaufen.");
    }

    @Test
    void oneCellIsOneAndMoreAreCounted() {
        assertThat(Errors.violation(Locale.GERMAN, Violation.coded("line 2", "price.line.cells", "…", 1, 4)))
                .startsWith("Die Zeile hat eine Zelle; geben Sie 4 Zellen an");
        assertThat(Errors.violation(Locale.GERMAN, Violation.coded("line 2", "price.line.cells", "…", 5, 4)))
                .startsWith("Die Zeile hat 5 Zellen; geben Sie 4 Zellen an");
    }

    @Test
    void aCodeWithoutATranslationKeepsTheEnglishSentence() {
        Violation unknown = Violation.coded("x", "no.such.rule", "The English sentence.", 1);
        assertThat(Errors.violation(Locale.GERMAN, unknown)).isEqualTo("The English sentence.");
    }

    @Test
    void everyGermanSentenceOfTheServicesIsAPatternThatKeepsItsWords() {
        ResourceBundle german = Texts.bundle(Locale.GERMAN);
        for (String key : german.keySet()) {
            String pattern = german.getString(key);
            boolean servicesSentence = List.of(
                            "violation.", "failure.", "refusal.", "warningMessage.", "auditDetail.", "importNotice.")
                    .stream()
                    .anyMatch(key::startsWith);
            if (!servicesSentence || !pattern.contains("{")) {
                continue;
            }
            // a pattern is read by MessageFormat: it must parse, and a single apostrophe would swallow text
            new MessageFormat(pattern, Locale.GERMAN);
            assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
        }
    }

    private static List<String> german(InvalidInputException refusal) {
        return refusal.violations().stream()
                .map(v -> Errors.violation(Locale.GERMAN, v))
                .toList();
    }

    private static InvalidInputException refused(Runnable call) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, call::run);
        assertThat(refusal).as("refused").isNotNull();
        return refusal;
    }
}
