package dev.itam.m365.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialExpiryTest {

    private static final List<Integer> THRESHOLDS = List.of(60, 30, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

    @Test
    void aSecretExpiresAtTheStartOfItsDayAndReachesEachThresholdOnItsDay() {
        CredentialExpiry secret = CredentialExpiry.ofSecret("s1", LocalDate.parse("2027-01-06"));

        assertThat(secret.at()).isEqualTo(Instant.parse("2027-01-06T00:00:00Z"));
        assertThat(secret.daysLeft(NOW)).isEqualTo(30);
        assertThat(secret.thresholdReached(NOW, THRESHOLDS)).hasValue(30);
        assertThat(secret.thresholdReached(NOW.minusSeconds(86_400), THRESHOLDS))
                .hasValue(60);
        assertThat(secret.thresholdReached(Instant.parse("2026-11-07T00:00:00Z"), THRESHOLDS))
                .hasValue(60);
        assertThat(secret.thresholdReached(Instant.parse("2026-11-06T23:59:59Z"), THRESHOLDS))
                .isEmpty();
        assertThat(secret.thresholdReached(Instant.parse("2027-01-05T23:59:59Z"), THRESHOLDS))
                .hasValue(7);
        assertThat(secret.expired(Instant.parse("2027-01-05T23:59:59Z"))).isFalse();
        assertThat(secret.expired(Instant.parse("2027-01-06T00:00:00Z"))).isTrue();
        assertThat(secret.thresholdReached(Instant.parse("2027-01-06T00:00:00Z"), THRESHOLDS))
                .hasValue(0);
        assertThat(secret.daysLeft(Instant.parse("2027-01-09T08:00:00Z"))).isEqualTo(-3);
    }

    @Test
    void theMessageSaysWhenAndWhatToDo() {
        CredentialExpiry secret = CredentialExpiry.ofSecret("nightly", LocalDate.parse("2027-01-06"));

        assertThat(secret.message("Contoso", NOW))
                .isEqualTo("The client secret 'nightly' of portal 'Contoso' expires in 30 days, on 2027-01-06."
                        + " Create a new client secret in Entra ID (App registrations › the app › Certificates &"
                        + " secrets), then enter it in this portal's Edit › Connection before then, or its imports"
                        + " will fail.");
        assertThat(secret.message("Contoso", Instant.parse("2027-01-05T10:00:00Z")))
                .contains("expires tomorrow.");
        assertThat(secret.message("Contoso", Instant.parse("2027-01-07T10:00:00Z")))
                .isEqualTo("The client secret 'nightly' of portal 'Contoso' expired on 2027-01-06: every import"
                        + " fails (Entra ID answers AADSTS7000222). Create a new client secret in Entra ID (App"
                        + " registrations › the app › Certificates & secrets), then enter it in this portal's Edit ›"
                        + " Connection.");
    }

    @Test
    void aCertificateExpiresAtItsNotAfterMoment() {
        CredentialExpiry certificate = CredentialExpiry.ofCertificate("CN=itam", Instant.parse("2026-12-14T12:00:00Z"));

        assertThat(certificate.daysLeft(NOW)).isEqualTo(7);
        assertThat(certificate.thresholdReached(NOW, THRESHOLDS)).hasValue(7);
        assertThat(certificate.expired(Instant.parse("2026-12-14T11:59:59Z"))).isFalse();
        assertThat(certificate.message("Fabrikam", Instant.parse("2026-12-14T12:00:00Z")))
                .startsWith("The certificate CN=itam of portal 'Fabrikam' expired on 2026-12-14: every import fails"
                        + " (Entra ID refuses the expired certificate). Upload a new certificate in Entra ID");
    }
}
