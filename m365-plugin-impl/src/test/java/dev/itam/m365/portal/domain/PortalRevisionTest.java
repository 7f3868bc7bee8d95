package dev.itam.m365.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.portal.NationalCloud;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What {@link PortalEntity#revise} tells the audit log: the names of the fields an edit changed. */
class PortalRevisionTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT = "0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    private static final String SKU = "6fd2c87f-b296-42f0-b197-1e91e994b900";
    private static final StoredCredential SECRET =
            StoredCredential.clientSecret("secret-id", "ciphertext-1", LocalDate.of(2030, 1, 1));

    private final PortalEntity portal = new PortalEntity(
            PortalName.of("Contoso"),
            "Head office",
            new TenantConnection(TENANT, CLIENT, NationalCloud.GLOBAL),
            SECRET,
            Set.of(SKU),
            NOW);

    @Test
    void anEditOfNothingChangesNoField() {
        assertThat(portal.revise(
                                PortalName.of("Contoso"),
                                "Head office",
                                new TenantConnection(TENANT.toUpperCase(), CLIENT, null),
                                SECRET,
                                Set.of(SKU),
                                NOW)
                        .names())
                .as("ids are compared as stored, in lower case; no cloud is the global one")
                .isEmpty();
    }

    @Test
    void everyChangedFieldIsNamedAndANewSecretByItsFieldOnly() {
        StoredCredential newSecret =
                StoredCredential.clientSecret("secret-id", "ciphertext-2", LocalDate.of(2031, 1, 1));

        assertThat(portal.revise(
                                PortalName.of("contoso"),
                                null,
                                new TenantConnection(TENANT, CLIENT, NationalCloud.US_GOV),
                                newSecret,
                                Set.of(),
                                NOW)
                        .names())
                .containsExactly(
                        "cloud",
                        "credential.secretExpiresOn",
                        "credential.secretValue",
                        "description",
                        "excludedSkuIds",
                        "name");
        assertThat(portal.name().value()).isEqualTo("contoso");
        assertThat(portal.excludedSkuIds()).isEmpty();
    }

    @Test
    void keepingTheSecretWhileCorrectingItsIdChangesTheIdOnly() {
        assertThat(SECRET.withSecretDetails("other-id", LocalDate.of(2030, 1, 1))
                        .changesFrom(SECRET)
                        .names())
                .containsExactly("credential.secretId");
    }

    @Test
    void aCertificateInsteadOfASecretChangesTheTypeAndEveryPartOfBoth() {
        StoredCredential certificate = StoredCredential.certificate(
                "-----BEGIN CERTIFICATE-----", "key-ciphertext", "AB12", "CN=app", NOW.plusSeconds(86_400));

        assertThat(certificate.changesFrom(SECRET).names())
                .containsExactly(
                        "credential.certificate",
                        "credential.privateKey",
                        "credential.secretExpiresOn",
                        "credential.secretId",
                        "credential.secretValue",
                        "credential.type");
    }
}
