package dev.itam.m365.importing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.graph.client.SubscriptionsRead;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the portal and the run say when an import succeeded without reading everything. */
class ImportNoticeTest {

    private static final SubscriptionsRead READ = new SubscriptionsRead(List.of(), null);
    private static final SubscriptionsRead DENIED = new SubscriptionsRead(List.of(), "Microsoft Graph answered 403.");

    @Test
    void everythingReadNeedsNoNotice() {
        assertThat(ImportMerger.notice(READ, SignInActivity.READ)).isNull();
    }

    @Test
    void aTenantWithoutPremiumIsToldWhatTheReclaimListCannotShow() {
        assertThat(ImportMerger.notice(READ, SignInActivity.NOT_PREMIUM))
                .isEqualTo("Sign-in activity was not read: the tenant has no Microsoft Entra ID P1 or P2 licence,"
                        + " which Microsoft Graph requires for it. The reclaim list cannot show inactive or"
                        + " never-signed-in users until they are read; the last sign-ins read before are kept.");
    }

    @Test
    void aMissingPermissionIsNamedBesideTheSubscriptionsNotice() {
        assertThat(ImportMerger.notice(DENIED, SignInActivity.PERMISSION_MISSING))
                .isEqualTo("The subscriptions were not read, so renewals, trials and grace periods are unknown and"
                        + " the lifecycle follows the SKUs' status: Microsoft Graph answered 403. Sign-in activity"
                        + " was not read: grant the app the application permission AuditLog.Read.All with admin"
                        + " consent. The reclaim list cannot show inactive or never-signed-in users until they are"
                        + " read; the last sign-ins read before are kept.");
    }
}
