package dev.itam.m365.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.compliance.Seats;
import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.licensing.ProductOrigin;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.api.lifecycle.Lifecycle;
import dev.itam.m365.api.lifecycle.LifecycleEvent;
import dev.itam.m365.api.lifecycle.SubscriptionStatus;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialSummary;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private final Labels labels = new Labels();

    LabelsTest() {
        labels.format = new Format();
    }

    @Test
    void intervalsReadAsWords() {
        assertThat(labels.interval("PT5H")).isEqualTo("every 5 h");
        assertThat(labels.interval("PT1H30M")).isEqualTo("every 1 h 30 min");
        assertThat(labels.interval("PT8S")).isEqualTo("every 8 s");
        assertThat(labels.interval(null)).isEqualTo("switched off");
        assertThat(labels.interval("")).isEqualTo("switched off");
    }

    @Test
    void tasksAndCertificatesReadAsWords() {
        assertThat(labels.task(TaskType.FULL_RECALCULATION)).isEqualTo("Recalculate completely");
        assertThat(labels.credential(new CredentialSummary(
                        AuthenticationType.CERTIFICATE,
                        false,
                        null,
                        null,
                        true,
                        "AB12",
                        "CN=app",
                        Instant.parse("2027-01-02T03:04:05Z"))))
                .isEqualTo("Certificate AB12 (CN=app), valid until 2027-01-02 03:04:05 UTC");
    }

    @Test
    void directAssignmentsReadAsDirectAndGroupOnesAsThroughAGroup() {
        assertThat(labels.assignedVia(AssignmentSource.DIRECT)).isEqualTo("directly");
        assertThat(labels.assignedVia(AssignmentSource.GROUP)).isEqualTo("through a group");
        assertThat(labels.group("0f0f0f0f-0000-0000-0000-000000000001"))
                .isEqualTo("group 0f0f0f0f-0000-0000-0000-000000000001");
        assertThat(labels.group(null)).isEmpty();
    }

    @Test
    void usersWaitingForASeatAreCountedInWords() {
        assertThat(labels.waiting(7)).isEqualTo("7 people wait for this licence: the SKU is full");
        assertThat(labels.waiting(1)).isEqualTo("1 person waits for this licence: the SKU is full");
        assertThat(labels.waiting(0)).isEmpty();
    }

    @Test
    void synchronisationAndOriginReadAsWords() {
        assertThat(labels.syncStatus(SyncStatus.SYNCHRONISED)).isEqualTo("Synchronised");
        assertThat(labels.syncStatus(SyncStatus.CANNOT_BE_SYNCHRONISED)).isEqualTo("Cannot be synchronised");
        assertThat(labels.syncProblem(SyncProblem.SKU_EXCLUDED))
                .isEqualTo("The licence is excluded from the portal's import.");
        assertThat(labels.syncProblem(SyncProblem.PORTAL_DELETED))
                .isEqualTo("The portal that imported it was deleted.");
        assertThat(labels.syncProblem(null)).isEmpty();
        assertThat(labels.origin(ProductOrigin.IMPORTED)).isEqualTo("Imported from Microsoft 365 (read-only)");
        assertThat(labels.origin(ProductOrigin.MANUAL)).isEqualTo("Created by hand");
    }

    @Test
    void lifecyclesAndTheirEventsReadAsWords() {
        assertThat(labels.lifecycle(Lifecycle.ACTIVE)).isEqualTo("Active");
        assertThat(labels.lifecycle(Lifecycle.TRIAL)).isEqualTo("Trial");
        assertThat(labels.lifecycle(Lifecycle.GRACE_PERIOD)).isEqualTo("Grace period");
        assertThat(labels.lifecycle(Lifecycle.SUSPENDED)).isEqualTo("Suspended");
        assertThat(labels.lifecycle(Lifecycle.LOCKED_OUT)).isEqualTo("Locked out");
        assertThat(labels.lifecycle(null)).isEmpty();
        assertThat(labels.event(LifecycleEvent.RENEWAL)).isEqualTo("Renewal");
        assertThat(labels.event(LifecycleEvent.TRIAL_END)).isEqualTo("Trial ends");
        assertThat(labels.event(LifecycleEvent.GRACE_PERIOD_END)).isEqualTo("Grace period ends");
        assertThat(labels.event(LifecycleEvent.DELETION)).isEqualTo("Deletion");
        assertThat(labels.status(ComplianceStatus.SUBSCRIPTION_INACTIVE)).isEqualTo("Subscription inactive");
        assertThat(labels.status(ComplianceStatus.TENANT_WIDE)).isEqualTo("Tenant-wide");
    }

    @Test
    void aNextChangeReadsAsItsUtcDayThenWhatHappens() {
        assertThat(labels.nextChange(Instant.parse("2026-12-27T23:30:00Z"), LifecycleEvent.TRIAL_END))
                .isEqualTo("2026-12-27 Trial ends");
        assertThat(labels.nextChange(null, null)).isEmpty();
        assertThat(labels.nextChange(Instant.parse("2026-12-27T00:00:00Z"), null))
                .isEmpty();
    }

    @Test
    void subscriptionStatusesReadAsWordsAndUnknownOnesAsMicrosoftSpelledThem() {
        assertThat(labels.subscriptionStatus(SubscriptionStatus.WARNING, "Warning"))
                .isEqualTo("Grace period");
        assertThat(labels.subscriptionStatus(SubscriptionStatus.LOCKED_OUT, "LockedOut"))
                .isEqualTo("Locked out");
        assertThat(labels.subscriptionStatus(SubscriptionStatus.UNKNOWN, "Frozen"))
                .isEqualTo("Frozen");
        assertThat(labels.subscriptionStatus(SubscriptionStatus.UNKNOWN, null)).isEmpty();
    }

    @Test
    void theSeatNoteTellsGracePeriodSeatsWhichCountFromSuspendedAndLockedOutOnesWhichDoNot() {
        assertThat(labels.seatNote(new Seats(100, 0, 0, 0))).isEmpty();
        assertThat(labels.seatNote(null)).isEmpty();
        assertThat(labels.seatNote(new Seats(0, 100, 0, 0))).isEqualTo("(100 in grace period)");
        assertThat(labels.seatNote(new Seats(0, 0, 25, 0))).isEqualTo("(not counted: 25 suspended)");
        assertThat(labels.seatNote(new Seats(80, 12, 5, 2)))
                .isEqualTo("(12 in grace period; not counted: 5 suspended, 2 locked out)");
    }

    @Test
    void windowsReadInDaysAndPartDaysInHours() {
        assertThat(labels.window(Duration.ofDays(30))).isEqualTo("30 days");
        assertThat(labels.window(Duration.ofDays(1))).isEqualTo("day");
        assertThat(labels.window(Duration.ofHours(36))).isEqualTo("36 hours");
        assertThat(labels.window(Duration.ofHours(1))).isEqualTo("hour");
    }

    @Test
    void subscriptionIdsShortenToTheirFirstBlock() {
        assertThat(labels.shortId("5b7c4a2e-1f3d-4e6a-9c8b-0d1e2f3a4b5c")).isEqualTo("5b7c4a2e…");
        assertThat(labels.shortId("legacy")).isEqualTo("legacy");
        assertThat(labels.shortId(null)).isEmpty();
    }
}
