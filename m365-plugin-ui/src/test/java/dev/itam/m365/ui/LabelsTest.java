package dev.itam.m365.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.licensing.ProductOrigin;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialSummary;
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
}
