package dev.itam.m365.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphRecordsTest {

    private static final String SKU = "6fd2c87f-b296-42f0-b197-1e91e994b900";

    @Test
    void aSkuIsSubscribedWhenEnabledOrWarning() {
        assertThat(sku("Enabled").subscribed()).isTrue();
        assertThat(sku("Warning").subscribed()).isTrue();
        assertThat(sku("Suspended").subscribed()).isFalse();
        assertThat(sku("LockedOut").subscribed()).isFalse();
        assertThat(new SubscribedSku(SKU, "X", "Enabled", "User", 0, null)
                        .seats()
                        .enabled())
                .isZero();
    }

    private static SubscribedSku sku(String status) {
        return new SubscribedSku(SKU, "ENTERPRISEPACK", status, "User", 1, new SubscribedSku.PrepaidUnits(1, 0, 0, 0));
    }

    @Test
    void aLicenceComesThroughGroupsOnlyWhenNoDirectAssignmentExists() {
        GraphUser.LicenseAssignmentState byGroup = new GraphUser.LicenseAssignmentState(SKU, "group-1");
        GraphUser.LicenseAssignmentState direct = new GraphUser.LicenseAssignmentState(SKU, null);
        assertThat(user(List.of(byGroup)).onlyThroughGroups(SKU)).isTrue();
        assertThat(user(List.of(byGroup, direct)).onlyThroughGroups(SKU)).isFalse();
        assertThat(user(null).onlyThroughGroups(SKU)).isFalse();
        assertThat(user(null).licences()).hasSize(1);
    }

    private static GraphUser user(List<GraphUser.LicenseAssignmentState> states) {
        return new GraphUser(
                "id",
                "Adele",
                "adele@contoso.com",
                null,
                true,
                null,
                List.of(new GraphUser.AssignedLicense(SKU)),
                states);
    }
}
