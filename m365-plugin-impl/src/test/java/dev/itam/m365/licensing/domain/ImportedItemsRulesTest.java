package dev.itam.m365.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.api.licensing.ConsumerType;
import dev.itam.m365.api.licensing.ProductOrigin;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.portal.domain.PortalEntity;
import dev.itam.m365.portal.domain.PortalName;
import dev.itam.m365.portal.domain.StoredCredential;
import dev.itam.m365.portal.domain.TenantConnection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportedItemsRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private final PortalEntity portal = new PortalEntity(
            PortalName.of("Contoso"),
            null,
            new TenantConnection(
                    "72f988bf-86f1-41af-91ab-2d7cd011db47",
                    "0a1b2c3d-4e5f-6789-abcd-ef0123456789",
                    NationalCloud.GLOBAL),
            StoredCredential.clientSecret("id", "enc", LocalDate.of(2030, 1, 1)),
            Set.of(),
            NOW);

    private LicenceEntity licence() {
        return new LicenceEntity(
                portal,
                "6fd2c87f-b296-42f0-b197-1e91e994b900",
                "ENTERPRISEPACK",
                "Office 365 E3",
                new SeatCounts(25, 0, 0, 0, 20),
                "Enabled",
                "User",
                NOW);
    }

    @Test
    void theMicrosoft365ConsumerTypeCannotBeChosenByHand() {
        ProductFolder folder = new ProductFolder(null, "Software");
        assertThatThrownBy(() -> ProductEntity.manual("Home-made", folder, ConsumerType.MICROSOFT_365))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("set by the Microsoft 365 import only");
        assertThat(ProductEntity.manual("Home-made", folder, ConsumerType.USER).origin())
                .isEqualTo(ProductOrigin.MANUAL);
        assertThat(ProductEntity.importedFor(licence(), folder).consumerType()).isEqualTo(ConsumerType.MICROSOFT_365);
    }

    @Test
    void anImportedProductIsNamedAfterPortalAndTitle() {
        assertThat(ProductEntity.importedFor(licence(), new ProductFolder(null, "x"))
                        .name())
                .isEqualTo("Contoso Office 365 E3");
    }

    @Test
    void refreshReportsOnlyRealChanges() {
        LicenceEntity licence = licence();
        assertThat(licence.refresh(
                        "ENTERPRISEPACK", "Office 365 E3", new SeatCounts(25, 0, 0, 0, 20), "Enabled", "User", NOW))
                .isFalse();
        assertThat(licence.refresh(
                        "ENTERPRISEPACK", "Office 365 E3", new SeatCounts(30, 0, 0, 0, 20), "Enabled", "User", NOW))
                .isTrue();
        assertThat(licence.seats().enabled()).isEqualTo(30);
    }

    @Test
    void anUnsynchronisedItemRecoversOnTheNextRefresh() {
        LicenceEntity licence = licence();
        ProductEntity product = ProductEntity.importedFor(licence, new ProductFolder(null, "x"));
        assertThat(product.refresh()).isFalse();
        assertThat(licence.cannotSynchronise(SyncProblem.SKU_EXCLUDED)).isTrue();
        assertThat(licence.cannotSynchronise(SyncProblem.SKU_EXCLUDED)).isFalse();
        assertThat(product.cannotSynchronise(SyncProblem.SKU_EXCLUDED)).isTrue();
        assertThat(licence.sync()).isEqualTo(SyncState.cannotSynchronise(SyncProblem.SKU_EXCLUDED));

        assertThat(licence.refresh(
                        "ENTERPRISEPACK", "Office 365 E3", new SeatCounts(25, 0, 0, 0, 20), "Enabled", "User", NOW))
                .isTrue();
        assertThat(product.refresh()).isTrue();
        assertThat(licence.sync().isSynchronised()).isTrue();
        assertThat(product.sync().isSynchronised()).isTrue();
    }
}
