package dev.itam.m365.operations.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialSummary;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalWarning;
import dev.itam.m365.api.portal.PortalWarningKind;
import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.persistence.SchemaState;
import dev.itam.m365.tasks.application.LeaseKeeper.Rounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class HealthChecksTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theDatabaseIsReadyOnceMigratedAndAnswering() {
        HealthCheckResponse ready = DatabaseCheck.response(new SchemaState(true, "12", null), Optional.empty());

        assertThat(ready.getStatus()).isEqualTo(Status.UP);
        assertThat(ready.getData()).contains(Map.of("migrated", true, "schemaVersion", "12"));
    }

    @Test
    void anUnmigratedSchemaOrADatabaseThatDoesNotAnswerIsNotReadyAndSaysWhy() {
        HealthCheckResponse pending =
                DatabaseCheck.response(new SchemaState(false, null, "Connection refused"), Optional.empty());
        HealthCheckResponse silent =
                DatabaseCheck.response(new SchemaState(true, "12", null), Optional.of("Connection refused"));

        assertThat(pending.getStatus()).isEqualTo(Status.DOWN);
        assertThat(pending.getData()).contains(Map.of("migrated", false, "problem", "Connection refused"));
        assertThat(silent.getStatus()).isEqualTo(Status.DOWN);
        assertThat(silent.getData().orElseThrow())
                .containsEntry("problem", "The database does not answer: Connection refused");
    }

    @Test
    void livenessIsDownOnlyWhenTheLeaseRoundsStopped() {
        assertThat(LeaseRoundsCheck.response(Rounds.NOT_STARTED, Optional.empty(), 0)
                        .getStatus())
                .isEqualTo(Status.UP);
        HealthCheckResponse running = LeaseRoundsCheck.response(Rounds.RUNNING, Optional.of(NOW), 2);
        assertThat(running.getStatus()).isEqualTo(Status.UP);
        assertThat(running.getData())
                .contains(Map.of("rounds", "RUNNING", "lastRoundAt", NOW.toString(), "runningTasks", 2L));
        assertThat(LeaseRoundsCheck.response(Rounds.STOPPED, Optional.of(NOW), 0)
                        .getStatus())
                .isEqualTo(Status.DOWN);
    }

    @Test
    void portalsAreUpWhateverTheirImportsAndCredentialsAndTellEachOnesFacts() {
        Portal contosoAsHostsBuildIt = portal(
                1,
                "Contoso",
                new CredentialSummary(
                                AuthenticationType.CLIENT_SECRET,
                                true,
                                "s1",
                                LocalDate.parse("2026-11-30"),
                                false,
                                null,
                                null,
                                null)
                        .withExpiresInDays(-7));
        Portal contoso = new Portal(
                contosoAsHostsBuildIt.id(),
                contosoAsHostsBuildIt.name(),
                null,
                contosoAsHostsBuildIt.tenantId(),
                contosoAsHostsBuildIt.clientId(),
                NationalCloud.GLOBAL,
                contosoAsHostsBuildIt.credential(),
                Set.of(),
                NOW,
                NOW,
                null,
                SignInActivity.READ,
                NOW.minusSeconds(86_400),
                true,
                List.of(
                        new PortalWarning(PortalWarningKind.CREDENTIAL_EXPIRED, NOW, "expired"),
                        new PortalWarning(PortalWarningKind.DATA_STALE, NOW.minusSeconds(86_400), "stale")));
        Portal fabrikam = portal(
                2,
                "Fabrikam",
                new CredentialSummary(
                        AuthenticationType.CERTIFICATE,
                        false,
                        null,
                        null,
                        true,
                        "ab",
                        "CN=x",
                        Instant.parse("2027-01-01T00:00:00Z")));
        Portal northwind = portal(3, "Northwind", null);
        TaskRunSummary failed = new TaskRunSummary(
                9,
                TaskType.IMPORT,
                TaskTrigger.SCHEDULE,
                1L,
                "Contoso",
                NOW.minusSeconds(60),
                NOW,
                TaskOutcome.FAILED,
                null,
                FailureCategory.SECRET_EXPIRED,
                "expired",
                null);

        HealthCheckResponse response = PortalsCheck.response(List.of(contoso, fabrikam, northwind), List.of(failed));

        assertThat(response.getStatus()).isEqualTo(Status.UP);
        assertThat(response.getData().orElseThrow())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("portals", 3L),
                        Map.entry("portal.1.name", "Contoso"),
                        Map.entry("portal.1.lastImport", "FAILED"),
                        Map.entry("portal.1.lastImportEndedAt", NOW.toString()),
                        Map.entry("portal.1.lastImportFailure", "SECRET_EXPIRED"),
                        Map.entry("portal.1.credential", "CLIENT_SECRET"),
                        Map.entry("portal.1.credentialExpires", "2026-11-30"),
                        Map.entry("portal.1.credentialExpiresInDays", -7L),
                        Map.entry(
                                "portal.1.lastSuccessfulImportAt",
                                NOW.minusSeconds(86_400).toString()),
                        Map.entry("portal.1.stale", true),
                        Map.entry("portal.1.warnings", "CREDENTIAL_EXPIRED,DATA_STALE"),
                        Map.entry("portal.2.name", "Fabrikam"),
                        Map.entry("portal.2.lastImport", PortalsCheck.NO_IMPORT),
                        Map.entry("portal.2.credential", "CERTIFICATE"),
                        Map.entry("portal.2.credentialExpires", "2027-01-01T00:00:00Z"),
                        Map.entry("portal.2.stale", false),
                        Map.entry("portal.3.name", "Northwind"),
                        Map.entry("portal.3.lastImport", PortalsCheck.NO_IMPORT),
                        Map.entry("portal.3.stale", false)));
    }

    private static Portal portal(long id, String name, CredentialSummary credential) {
        return new Portal(
                id,
                name,
                null,
                "72f988bf-86f1-41af-91ab-2d7cd011db47",
                "0a1b2c3d-4e5f-6789-abcd-ef0123456789",
                NationalCloud.GLOBAL,
                credential,
                Set.of(),
                NOW,
                NOW,
                null,
                SignInActivity.READ);
    }
}
