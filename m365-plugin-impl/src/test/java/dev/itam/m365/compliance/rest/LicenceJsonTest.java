package dev.itam.m365.compliance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.assignment.AssignmentError;
import dev.itam.m365.api.assignment.AssignmentState;
import dev.itam.m365.api.assignment.FailedAssignment;
import dev.itam.m365.api.compliance.AppliesTo;
import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.compliance.Consumer;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.compliance.Seats;
import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.lifecycle.Lifecycle;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The licence API's new fields as JSON-B writes them for {@code GET /api/licences} and its sub-resources. */
class LicenceJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final String GROUP = "0f0f0f0f-0000-0000-0000-000000000001";

    @Test
    void failedAssignmentsAreKeyedByGraphsErrorNamesBesideTheWaitingUsers() {
        LicenceCompliance licence = licence(Map.of(
                AssignmentError.COUNT_VIOLATION.graphName(), 7,
                AssignmentError.PROHIBITED_IN_USAGE_LOCATION_VIOLATION.graphName(), 2));

        JsonObject json = json(JSONB.toJson(licence));

        assertThat(json.getJsonObject("failedAssignments"))
                .isEqualTo(Json.createObjectBuilder()
                        .add("CountViolation", 7)
                        .add("ProhibitedInUsageLocationViolation", 2)
                        .build());
        assertThat(json.getInt("waiting")).isEqualTo(5);
        assertThat(licence.failedWith(AssignmentError.COUNT_VIOLATION)).isEqualTo(7);
        assertThat(licence.failedWith(AssignmentError.UNIQUENESS_VIOLATION)).isZero();
    }

    @Test
    void aLicenceWithoutFailuresHasAnEmptyObject() {
        assertThat(json(JSONB.toJson(licence(null))).getJsonObject("failedAssignments"))
                .isEmpty();
    }

    @Test
    void aFailedAssignmentNamesItsStateAndErrorAsTheApiNamesEnums() {
        JsonObject json = json(JSONB.toJson(new FailedAssignment(
                42,
                "Adele Vance",
                "adele@contoso.com",
                GROUP,
                AssignmentState.ERROR,
                AssignmentError.COUNT_VIOLATION)));

        assertThat(json)
                .isEqualTo(Json.createObjectBuilder()
                        .add("contactId", 42)
                        .add("displayName", "Adele Vance")
                        .add("error", "COUNT_VIOLATION")
                        .add("groupId", GROUP)
                        .add("state", "ERROR")
                        .add("userPrincipalName", "adele@contoso.com")
                        .build());
    }

    @Test
    void aConsumerNamesTheGroupItsLicenceComesThrough() {
        JsonObject group = json(JSONB.toJson(consumer(AssignmentSource.GROUP, GROUP)));
        JsonObject direct = json(JSONB.toJson(consumer(AssignmentSource.DIRECT, null)));

        assertThat(group.getString("assignedVia")).isEqualTo("GROUP");
        assertThat(group.getString("groupId")).isEqualTo(GROUP);
        assertThat(direct.getString("assignedVia")).isEqualTo("DIRECT");
        assertThat(direct.containsKey("groupId")).as("null fields are left out").isFalse();
    }

    private static Consumer consumer(AssignmentSource source, String groupId) {
        return new Consumer(1, "object", "Adele", "adele@contoso.com", null, null, true, source, null, groupId);
    }

    private static LicenceCompliance licence(Map<String, Integer> failed) {
        return new LicenceCompliance(
                10,
                1L,
                "Contoso",
                "6fd2c87f-b296-42f0-b197-1e91e994b900",
                "ENTERPRISEPACK",
                "Office 365 E3",
                null,
                10,
                10,
                0,
                ComplianceStatus.UNDER_LICENSED,
                null,
                Instant.EPOCH,
                new Seats(10, 0, 0, 0),
                AppliesTo.USER,
                Lifecycle.ACTIVE,
                null,
                null,
                failed,
                5,
                null,
                0,
                null);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
