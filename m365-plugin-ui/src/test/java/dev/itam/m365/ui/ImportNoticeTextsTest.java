package dev.itam.m365.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.importing.application.ImportNotices;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The import's notices, written as the services write them, told to German readers. */
class ImportNoticeTextsTest {

    @Test
    void everyFormOfTheServicesIsToldInGerman() {
        String notice = ImportNotices.subscriptionsNotRead("Insufficient privileges (403).") + " "
                + ImportNotices.signInsNotRead(SignInActivity.PERMISSION_MISSING);
        assertThat(ImportNoticeTexts.of(Locale.GERMAN, notice))
                .isEqualTo("Die Abonnements wurden nicht gelesen, daher sind Verlängerungen, Testphasen und"
                        + " Kulanzzeiträume unbekannt, und der Lebenszyklus folgt dem Status der SKUs. Meldung:"
                        + " Insufficient privileges (403). Die Anmeldeaktivität wurde nicht gelesen: Erteilen Sie der"
                        + " App die Anwendungsberechtigung AuditLog.Read.All mit Administratorzustimmung. Die"
                        + " Rückforderungsliste kann inaktive oder nie angemeldete Benutzer erst zeigen, wenn sie"
                        + " gelesen ist; die zuvor gelesenen letzten Anmeldungen bleiben erhalten.");
        assertThat(ImportNoticeTexts.of(Locale.GERMAN, ImportNotices.signInsNotRead(SignInActivity.NOT_PREMIUM)))
                .startsWith("Die Anmeldeaktivität wurde nicht gelesen: Der Mandant hat keine Lizenz für Microsoft"
                        + " Entra ID P1 oder P2");
        assertThat(ImportNoticeTexts.of(Locale.GERMAN, ImportNotices.incremental(1234)))
                .startsWith("Inkrementeller Import: Die Änderungsnachverfolgung von Microsoft Graph hat 1.234 seit");
        assertThat(ImportNoticeTexts.of(Locale.GERMAN, ImportNotices.changeTrackingLost("Resync required (410).")))
                .isEqualTo("Microsoft Graph ist der Änderungsnachverfolgung des Portals nicht mehr gefolgt (Resync"
                        + " required (410).), daher hat dieser Lauf alle Benutzer gelesen.");
    }

    @Test
    void aRunsNoticeOfSeveralImportsIsToldSentenceBySentence() {
        String run = ImportNotices.incremental(3) + " " + ImportNotices.subscriptionsNotRead("Denied.") + " "
                + ImportNotices.changeTrackingLost("gone") + " "
                + ImportNotices.signInsNotRead(SignInActivity.NOT_PREMIUM);
        String told = ImportNoticeTexts.of(Locale.GERMAN, run);
        assertThat(told)
                .startsWith("Inkrementeller Import: ")
                .contains(" Meldung: Denied. Microsoft Graph ist der Änderungsnachverfolgung des Portals nicht mehr"
                        + " gefolgt (gone), daher hat dieser Lauf alle Benutzer gelesen. Die Anmeldeaktivität wurde"
                        + " nicht gelesen: Der Mandant")
                .doesNotContain("Sign-in", "Incremental", "subscriptions");
    }

    @Test
    void whatIsInNoKnownFormStaysAsTheServiceWroteIt() {
        String cut = ImportNotices.incremental(3) + " "
                + ImportNotices.signInsNotRead(SignInActivity.NOT_PREMIUM).substring(0, 50);
        assertThat(ImportNoticeTexts.of(Locale.GERMAN, cut))
                .startsWith("Inkrementeller Import: ")
                .endsWith(" "
                        + ImportNotices.signInsNotRead(SignInActivity.NOT_PREMIUM)
                                .substring(0, 50));
        assertThat(ImportNoticeTexts.of(Locale.GERMAN, "Something else. And more."))
                .isEqualTo("Something else. And more.");
        assertThat(ImportNoticeTexts.of(Locale.GERMAN, ImportNotices.subscriptionsNotRead("")))
                .endsWith("Meldung: ");
        assertThat(ImportNoticeTexts.of(Locale.GERMAN, null)).isNull();
    }

    @Test
    void englishReadersSeeTheServicesNotice() {
        String notice = ImportNotices.incremental(3);
        assertThat(new Labels().importNotice(notice)).isEqualTo(notice);
    }
}
