package dev.itam.m365.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.importing.ConnectionCheck;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialDraft;
import dev.itam.m365.api.portal.CredentialSummary;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.api.portal.Portal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortalFormTest {

    private static final LocalDate EXPIRY = LocalDate.of(2099, 1, 1);

    private static Portal storedWithSecret() {
        return new Portal(
                7,
                "Contoso",
                "Main",
                "11111111-1111-1111-1111-111111111111",
                "22222222-2222-2222-2222-222222222222",
                NationalCloud.US_GOV,
                new CredentialSummary(AuthenticationType.CLIENT_SECRET, true, "sid", EXPIRY, false, null, null, null),
                Set.of(),
                Instant.EPOCH,
                Instant.EPOCH,
                null,
                null);
    }

    private static void enterSecret(PortalForm form, String secretId, String value) {
        form.newCredential();
        form.getPending().setSecretId(secretId);
        form.getPending().setSecretValue(value);
        form.getPending().setSecretExpiresOn(EXPIRY);
    }

    @Test
    void aNewFormWithoutCredentialSendsAnEmptyOneForTheRulesToRefuse() {
        PortalForm form = new PortalForm();

        assertThat(form.draft().credential())
                .isEqualTo(new CredentialDraft(
                        AuthenticationType.CLIENT_SECRET, null, null, null, null, null, null, null));
        assertThat(form.getCredentialSummary()).startsWith("None yet");
        assertThat(form.isCredentialSet()).isFalse();
    }

    @Test
    void anAddedSecretIsSentButNeverShown() {
        PortalForm form = new PortalForm();
        enterSecret(form, "sid", "s3cr3t-value");
        form.addCredential();

        assertThat(form.draft().credential()).isEqualTo(CredentialDraft.clientSecret("sid", "s3cr3t-value", EXPIRY));
        assertThat(form.getCredentialSummary()).isEqualTo("Client secret sid, valid until 2099-01-01 (not saved yet)");
        assertThat(form.getPending().getSecretValue()).isNull();
    }

    @Test
    void aDialogClosedWithoutAddLeavesTheAddedCredentialAlone() {
        PortalForm form = new PortalForm();
        enterSecret(form, "sid", "s3cr3t-value");
        form.addCredential();

        enterSecret(form, "other", "other-value");

        assertThat(form.draft().credential().secretId()).isEqualTo("sid");
        assertThat(form.getCredentialSummary()).contains("sid");
    }

    @Test
    void editingKeepsTheStoredCredentialUntilItIsRemoved() {
        PortalForm form = PortalForm.of(storedWithSecret(), "Client secret sid, valid until 2099-01-01");

        assertThat(form.draft().credential()).isNull();
        assertThat(form.draft().cloud()).isEqualTo(NationalCloud.US_GOV);
        assertThat(form.getCredentialSummary()).isEqualTo("Client secret sid, valid until 2099-01-01");

        form.setAuthenticationType(AuthenticationType.CERTIFICATE);
        assertThat(form.draft().credential()).isNull();

        form.removeCredential();

        assertThat(form.isCredentialSet()).isFalse();
        assertThat(form.draft().credential())
                .isEqualTo(
                        new CredentialDraft(AuthenticationType.CERTIFICATE, null, null, null, null, null, null, null));
    }

    @Test
    void savingForgetsTheSecret() {
        PortalForm form = new PortalForm();
        enterSecret(form, "sid", "s3cr3t-value");
        form.addCredential();

        form.forgetSecrets();

        assertThat(form.isCredentialSet()).isFalse();
        assertThat(form.draft().credential().secretValue()).isNull();
    }

    @Test
    void aConnectionTestHoldsOnlyForTheIdsItWasMadeWith() {
        PortalForm form = new PortalForm();
        form.setTenantId("11111111-1111-1111-1111-111111111111");
        form.connectionChecked(ConnectionCheck.succeeded(3));

        form.setTenantId("11111111-1111-1111-1111-111111111111");
        assertThat(form.getConnected()).isTrue();

        form.setTenantId("33333333-3333-3333-3333-333333333333");
        assertThat(form.getConnected()).isNull();
    }
}
