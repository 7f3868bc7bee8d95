package dev.itam.m365.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialDraft;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.api.portal.PortalDraft;
import dev.itam.m365.portal.domain.StoredCredential;
import dev.itam.m365.simulator.TestCertificates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortalRulesTest {

    private static final String TENANT = "72F988BF-86F1-41AF-91AB-2D7CD011DB47";
    private static final String CLIENT = "0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    private static final CredentialDraft SECRET =
            CredentialDraft.clientSecret("secret-1", "v4lue", LocalDate.of(2027, 1, 1));

    private final PortalRules rules = new PortalRules(NOW);

    private static PortalDraft draft(String name, String tenant, String client, CredentialDraft credential) {
        return new PortalDraft(name, "desc", tenant, client, null, credential, Set.of());
    }

    /** The violations by field and English sentence; {@link #rulesNameTheirCodeAndArguments} checks the codes. */
    private List<Violation> violationsOf(PortalDraft draft, Optional<StoredCredential> stored) {
        return codedViolationsOf(draft, stored).stream()
                .map(v -> new Violation(v.field(), v.message()))
                .toList();
    }

    private List<Violation> codedViolationsOf(PortalDraft draft, Optional<StoredCredential> stored) {
        try {
            rules.check(draft, stored);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("draft was accepted");
    }

    private List<Violation> violationsOf(PortalDraft draft) {
        return violationsOf(draft, Optional.empty());
    }

    @Test
    void rulesNameTheirCodeAndArguments() {
        assertThat(codedViolationsOf(draft("  ", "not-a-guid", CLIENT, SECRET), Optional.empty()))
                .extracting(Violation::code, Violation::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("portal.name.required", List.of()),
                        org.assertj.core.groups.Tuple.tuple(
                                "portal.tenantId.notGuid", List.of("00000000-0000-0000-0000-000000000000")));
        assertThat(codedViolationsOf(draft("a\nb", TENANT, CLIENT, SECRET), Optional.empty()))
                .extracting(Violation::code, Violation::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("portal.name.forbidden", List.of("0", "U+000A", "2")));
    }

    @Test
    void acceptsACompleteDraftAndNormalisesIds() {
        CheckedDraft checked = rules.check(
                new PortalDraft(
                        "  Contoso  ",
                        " Main tenant ",
                        TENANT,
                        CLIENT,
                        NationalCloud.US_GOV,
                        SECRET,
                        Set.of("6FD2C87F-B296-42F0-B197-1E91E994B900")),
                Optional.empty());

        assertThat(checked.name().value()).isEqualTo("Contoso");
        assertThat(checked.name().key()).isEqualTo("contoso");
        assertThat(checked.description()).isEqualTo("Main tenant");
        assertThat(checked.connection().tenantId()).isEqualTo("72f988bf-86f1-41af-91ab-2d7cd011db47");
        assertThat(checked.connection().cloud()).isEqualTo(NationalCloud.US_GOV);
        assertThat(checked.excludedSkuIds()).containsExactly("6fd2c87f-b296-42f0-b197-1e91e994b900");
        assertThat(checked.credential())
                .isEqualTo(new CredentialInput.NewSecret("secret-1", "v4lue", LocalDate.of(2027, 1, 1)));
    }

    @Test
    void cloudDefaultsToGlobal() {
        assertThat(rules.check(draft("A", TENANT, CLIENT, SECRET), Optional.empty())
                        .connection()
                        .cloud())
                .isEqualTo(NationalCloud.GLOBAL);
    }

    @Test
    void nameIsRequired() {
        assertThat(violationsOf(draft("  ", TENANT, CLIENT, SECRET)))
                .containsExactly(new Violation(
                        "name", "Enter a name for the portal; it prefixes every licence and product it imports."));
    }

    @Test
    void nameHasAtMostHundredCharacters() {
        assertThat(rules.check(draft("n".repeat(100), TENANT, CLIENT, SECRET), Optional.empty())
                        .name()
                        .value())
                .hasSize(100);
        assertThat(violationsOf(draft("n".repeat(101), TENANT, CLIENT, SECRET)))
                .containsExactly(new Violation("name", "The name has 101 characters; at most 100 are allowed."));
    }

    @Test
    void theNameMustFitInLowerCaseToo() {
        String dotted = "\u0130";
        assertThat(rules.check(draft(dotted.repeat(50), TENANT, CLIENT, SECRET), Optional.empty())
                        .name()
                        .key())
                .hasSize(100);
        assertThat(violationsOf(draft(dotted.repeat(100), TENANT, CLIENT, SECRET)))
                .containsExactly(new Violation(
                        "name",
                        "In lower case, the form in which names are compared, the name has 200 characters (letters"
                                + " such as \u0130 become two); at most 100 are allowed."));
    }

    @Test
    void aNameIsOneLineOfVisibleCharacters() {
        assertThat(violationsOf(draft("Contoso\u0000", TENANT, CLIENT, SECRET)))
                .containsExactly(new Violation(
                        "name",
                        "The name contains a control character (U+0000) at position 8; a name is one line of"
                                + " visible characters."));
        assertThat(violationsOf(draft("Con\ntoso", TENANT, CLIENT, SECRET)))
                .extracting(Violation::message)
                .containsExactly("The name contains a control character (U+000A) at position 4; a name is one line"
                        + " of visible characters.");
        assertThat(violationsOf(draft("Contoso \uD800", TENANT, CLIENT, SECRET)))
                .extracting(Violation::message)
                .containsExactly("The name contains an unpaired surrogate (U+D800) at position 9; a name is one"
                        + " line of visible characters.");
        assertThat(rules.check(draft("Contoso \uD83D\uDE00", TENANT, CLIENT, SECRET), Optional.empty())
                        .name()
                        .value())
                .isEqualTo("Contoso \uD83D\uDE00");
    }

    @Test
    void aDescriptionMayHaveLineBreaksAndTabsButNoOtherControlCharacter() {
        PortalDraft lines = new PortalDraft("A", "Main\r\n\ttenant", TENANT, CLIENT, null, SECRET, Set.of());
        assertThat(rules.check(lines, Optional.empty()).description()).isEqualTo("Main\r\n\ttenant");
        PortalDraft bell = new PortalDraft("A", "Main\u0007", TENANT, CLIENT, null, SECRET, Set.of());
        assertThat(violationsOf(bell))
                .containsExactly(new Violation(
                        "description",
                        "The description contains a control character (U+0007) at position 5; only tabs and line"
                                + " breaks are allowed besides visible characters."));
    }

    @Test
    void descriptionIsLimited() {
        PortalDraft longDescription = new PortalDraft("A", "d".repeat(2001), TENANT, CLIENT, null, SECRET, Set.of());
        assertThat(violationsOf(longDescription))
                .containsExactly(
                        new Violation("description", "The description has 2001 characters; at most 2000 are allowed."));
    }

    @Test
    void tenantAndClientIdsMustBeGuids() {
        assertThat(violationsOf(draft("A", "contoso.onmicrosoft.com", "1234", SECRET)))
                .containsExactly(
                        new Violation(
                                "tenantId",
                                "The directory (tenant) ID must be a GUID like 00000000-0000-0000-0000-000000000000;"
                                        + " copy it from the app registration's overview page in Entra ID."),
                        new Violation(
                                "clientId",
                                "The application (client) ID must be a GUID like 00000000-0000-0000-0000-000000000000;"
                                        + " copy it from the app registration's overview page in Entra ID."));
        assertThat(violationsOf(draft("A", null, "", SECRET)))
                .extracting(Violation::field)
                .containsExactly("tenantId", "clientId");
    }

    @Test
    void aNewPortalNeedsACredential() {
        assertThat(violationsOf(draft("A", TENANT, CLIENT, null)))
                .containsExactly(
                        new Violation("credential", "Choose an authentication type: client secret or certificate."));
        CredentialDraft noType = new CredentialDraft(null, null, null, null, null, null, null, null);
        assertThat(violationsOf(draft("A", TENANT, CLIENT, noType)))
                .extracting(Violation::field)
                .containsExactly("credential.type");
    }

    @Test
    void anEditWithoutCredentialKeepsTheStoredOne() {
        StoredCredential stored = StoredCredential.clientSecret("id", "encrypted", LocalDate.of(2027, 1, 1));
        assertThat(rules.check(draft("A", TENANT, CLIENT, null), Optional.of(stored))
                        .credential())
                .isInstanceOf(CredentialInput.Unchanged.class);
    }

    @Test
    void aClientSecretNeedsIdValueAndExpiry() {
        CredentialDraft empty = CredentialDraft.clientSecret(" ", "", null);
        assertThat(violationsOf(draft("A", TENANT, CLIENT, empty)))
                .containsExactly(
                        new Violation(
                                "credential.secretId",
                                "Enter the secret ID shown next to the client secret in Entra ID."),
                        new Violation(
                                "credential.secretExpiresOn",
                                "Enter the date the client secret expires, as shown in Entra ID."),
                        new Violation(
                                "credential.secretValue",
                                "Enter the client secret's value; Entra ID shows it only once, right after it is created."));
    }

    @Test
    void anExpiredSecretIsRefused() {
        CredentialDraft expired = CredentialDraft.clientSecret("id", "value", LocalDate.of(2026, 5, 31));
        assertThat(violationsOf(draft("A", TENANT, CLIENT, expired)))
                .containsExactly(
                        new Violation(
                                "credential.secretExpiresOn",
                                "The client secret expired on 2026-05-31. Create a new client secret in Entra ID and enter it here."));
        CredentialDraft expiresToday = CredentialDraft.clientSecret("id", "value", LocalDate.of(2026, 6, 1));
        assertThat(rules.check(draft("A", TENANT, CLIENT, expiresToday), Optional.empty()))
                .isNotNull();
    }

    @Test
    void overlongSecretPartsAreRefused() {
        CredentialDraft huge =
                CredentialDraft.clientSecret("i".repeat(101), "v".repeat(1473), LocalDate.of(2027, 1, 1));
        assertThat(violationsOf(draft("A", TENANT, CLIENT, huge)))
                .containsExactly(
                        new Violation("credential.secretId", "The secret ID has at most 100 characters."),
                        new Violation(
                                "credential.secretValue",
                                "The secret value has 1473 bytes in UTF-8; at most 1472 can be stored. Entra ID's"
                                        + " secret values have 40 characters: copy the Value column of the client"
                                        + " secret."));
    }

    @Test
    void theSecretValueIsLimitedByItsEncryptedSize() {
        String emoji = "\uD83D\uDE00";
        CredentialDraft fiveHundredEmoji =
                CredentialDraft.clientSecret("id", emoji.repeat(500), LocalDate.of(2027, 1, 1));
        assertThat(violationsOf(draft("A", TENANT, CLIENT, fiveHundredEmoji)))
                .extracting(Violation::field, Violation::message)
                .containsExactly(tuple(
                        "credential.secretValue",
                        "The secret value has 2000 bytes in UTF-8; at most 1472 can be stored. Entra ID's secret"
                                + " values have 40 characters: copy the Value column of the client secret."));
        CredentialDraft largest = CredentialDraft.clientSecret("id", emoji.repeat(368), LocalDate.of(2027, 1, 1));
        assertThat(rules.check(draft("A", TENANT, CLIENT, largest), Optional.empty())
                        .credential())
                .isEqualTo(new CredentialInput.NewSecret("id", emoji.repeat(368), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aSecretIdIsOneLine() {
        CredentialDraft nul = CredentialDraft.clientSecret("id\u0000", "value", LocalDate.of(2027, 1, 1));
        assertThat(violationsOf(draft("A", TENANT, CLIENT, nul)))
                .containsExactly(new Violation(
                        "credential.secretId",
                        "The secret ID contains a control character (U+0000) at position 3; copy the ID as Entra ID"
                                + " shows it."));
    }

    @Test
    void aCertificateSubjectMustFitItsColumn() {
        TestCertificates.Issued longName = TestCertificates.rsa("CN=" + "x".repeat(600));
        assertThat(violationsOf(draft(
                        "A",
                        TENANT,
                        CLIENT,
                        CredentialDraft.pemCertificate(longName.certificatePem(), longName.privateKeyPem()))))
                .containsExactly(new Violation(
                        "credential.certificatePem",
                        "The certificate's subject has 603 characters; at most 500 can be stored. Use a certificate"
                                + " with a shorter subject."));
        assertThat(violationsOf(draft("A", TENANT, CLIENT, CredentialDraft.pkcs12(longName.pkcs12Base64("pw"), "pw"))))
                .extracting(Violation::field)
                .containsExactly("credential.pkcs12Base64");
    }

    @Test
    void anEditedSecretWithoutValueKeepsTheStoredValue() {
        StoredCredential stored = StoredCredential.clientSecret("old", "encrypted", LocalDate.of(2027, 1, 1));
        CredentialDraft newDetails = CredentialDraft.clientSecret("new", null, LocalDate.of(2028, 1, 1));
        assertThat(rules.check(draft("A", TENANT, CLIENT, newDetails), Optional.of(stored))
                        .credential())
                .isEqualTo(new CredentialInput.SecretDetails("new", LocalDate.of(2028, 1, 1)));
    }

    @Test
    void switchingFromCertificateToSecretNeedsTheValue() {
        StoredCredential certificate = StoredCredential.certificate("pem", "key", "AB", "CN=x", Instant.MAX);
        CredentialDraft noValue = CredentialDraft.clientSecret("id", null, LocalDate.of(2028, 1, 1));
        assertThat(violationsOf(draft("A", TENANT, CLIENT, noValue), Optional.of(certificate)))
                .extracting(Violation::field)
                .containsExactly("credential.secretValue");
    }

    @Test
    void aCertificateIsCheckedAgainstItsKey() {
        TestCertificates.Issued issued = TestCertificates.rsa("portal");
        TestCertificates.Issued other = TestCertificates.rsa("other");
        CheckedDraft checked = rules.check(
                draft(
                        "A",
                        TENANT,
                        CLIENT,
                        CredentialDraft.pemCertificate(issued.certificatePem(), issued.privateKeyPem())),
                Optional.empty());
        assertThat(checked.credential()).isInstanceOf(CredentialInput.NewCertificate.class);

        List<Violation> mismatch = violationsOf(draft(
                "A", TENANT, CLIENT, CredentialDraft.pemCertificate(issued.certificatePem(), other.privateKeyPem())));
        assertThat(mismatch)
                .containsExactly(
                        new Violation(
                                "credential.privateKeyPem",
                                "The private key does not belong to this certificate. Supply the key that was created together with the certificate."));
    }

    @Test
    void pemAndPkcs12AtOnceAreRefused() {
        TestCertificates.Issued issued = TestCertificates.rsa("portal");
        CredentialDraft both = new CredentialDraft(
                AuthenticationType.CERTIFICATE,
                null,
                null,
                null,
                issued.certificatePem(),
                issued.privateKeyPem(),
                issued.pkcs12Base64("pw"),
                "pw");
        assertThat(violationsOf(draft("A", TENANT, CLIENT, both)))
                .containsExactly(new Violation(
                        "credential",
                        "Supply either a PEM certificate with its private key or a PKCS#12 file, not both."));
    }

    @Test
    void exclusionsMustBeSkuIds() {
        PortalDraft draft = new PortalDraft("A", null, TENANT, CLIENT, null, SECRET, Set.of("ENTERPRISEPACK"));
        assertThat(violationsOf(draft))
                .containsExactly(
                        new Violation(
                                "excludedSkuIds",
                                "'ENTERPRISEPACK' is not a SKU id; SKU ids are GUIDs like 00000000-0000-0000-0000-000000000000."));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThat(violationsOf(new PortalDraft("", "d".repeat(2001), "x", "y", null, null, Set.of("z"))))
                .extracting(Violation::field)
                .containsExactly("name", "description", "tenantId", "clientId", "credential", "excludedSkuIds");
    }

    @Test
    void rejectionMessageNamesFieldsButNoSecret() {
        CredentialDraft secret = CredentialDraft.clientSecret("id", "TOP-SECRET-VALUE", LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> rules.check(draft("", TENANT, CLIENT, secret), Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name:")
                .hasMessageNotContaining("TOP-SECRET-VALUE");
        assertThat(secret.toString()).doesNotContain("TOP-SECRET-VALUE");
    }
}
