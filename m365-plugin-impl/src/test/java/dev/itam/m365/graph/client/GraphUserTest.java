package dev.itam.m365.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.assignment.AssignmentError;
import dev.itam.m365.api.assignment.AssignmentState;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Graph's documented user and subscribedSku payloads, read the way the REST client reads them. */
class GraphUserTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final String SKU = "6fd2c87f-b296-42f0-b197-1e91e994b900";

    /** As Microsoft's "List users" and licenseAssignmentState pages show them, unknown properties included. */
    static final String PAGE = """
            {
              "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users(id,signInActivity)",
              "@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$top=500&$skiptoken=X",
              "value": [
                {
                  "id": "1aecaf40-dc3a-461f-88a8-d06994e12898",
                  "displayName": "Adele Vance",
                  "userPrincipalName": "AdeleV@contoso.com",
                  "accountEnabled": true,
                  "userType": "Member",
                  "createdDateTime": "2019-03-26T11:12:13Z",
                  "signInActivity": {
                    "lastSignInDateTime": "2021-06-17T16:41:33Z",
                    "lastSignInRequestId": "d4d31c40-4c36-4775-ad59-7d1e6a171f00",
                    "lastNonInteractiveSignInDateTime": "0001-01-01T00:00:00Z",
                    "lastNonInteractiveSignInRequestId": "",
                    "lastSuccessfulSignInDateTime": "2021-06-17T16:41:33Z",
                    "lastSuccessfulSignInRequestId": "d4d31c40-4c36-4775-ad59-7d1e6a171f00"
                  },
                  "assignedLicenses": [{"disabledPlans": ["a23b959c-7ce8-4e57-9140-b90eb88a9e97"], "skuId": "6fd2c87f-b296-42f0-b197-1e91e994b900"}],
                  "licenseAssignmentStates": [
                    {"assignedByGroup": null, "disabledPlans": [], "error": "None",
                     "lastUpdatedDateTime": "2023-02-01T10:00:00Z", "skuId": "6fd2c87f-b296-42f0-b197-1e91e994b900", "state": "Active"},
                    {"assignedByGroup": "e61ff361-5baf-41f0-b2fd-380a6a5e406a", "disabledPlans": [], "error": "CountViolation",
                     "lastUpdatedDateTime": "2023-02-01T10:00:00Z", "skuId": "c7df2760-2c81-4ef7-b578-5b5392b571df", "state": "Error"}
                  ]
                },
                {
                  "id": "2bd2c3fe-3a4d-4e47-8fbb-4e5b9c2d1a10",
                  "displayName": "Guest of Fabrikam",
                  "accountEnabled": false,
                  "userType": "Guest",
                  "createdDateTime": null,
                  "signInActivity": {"lastSignInDateTime": null, "lastNonInteractiveSignInDateTime": "2025-01-02T03:04:05Z",
                                     "lastSuccessfulSignInDateTime": "not a date"},
                  "assignedLicenses": [],
                  "licenseAssignmentStates": [
                    {"assignedByGroup": "f0f0f0f0-0000-0000-0000-000000000001", "disabledPlans": [],
                     "error": "SomeViolationOfTomorrow", "skuId": "6fd2c87f-b296-42f0-b197-1e91e994b900", "state": "Pending"}
                  ]
                },
                {"id": "3c4d5e6f-0000-0000-0000-000000000003", "signInActivity": null}
              ]
            }
            """;

    @Test
    void everyDocumentedUserFieldTheImportUsesIsRead() {
        GraphUser adele = JSONB.fromJson(PAGE, UserPage.class).value().get(0);

        assertThat(adele.userType()).isEqualTo("Member");
        GraphUser.Dates dates = adele.dates();
        assertThat(dates.createdAt()).isEqualTo(Instant.parse("2019-03-26T11:12:13Z"));
        assertThat(dates.lastSignInAt()).isEqualTo(Instant.parse("2021-06-17T16:41:33Z"));
        assertThat(dates.lastNonInteractiveSignInAt())
                .as("Graph's zero date is none")
                .isNull();
        assertThat(dates.lastSuccessfulSignInAt()).isEqualTo(Instant.parse("2021-06-17T16:41:33Z"));
        assertThat(dates.lastActiveAt()).isEqualTo(Instant.parse("2021-06-17T16:41:33Z"));
        assertThat(adele.licences())
                .containsExactly(new GraphUser.AssignedLicense(SKU, List.of("a23b959c-7ce8-4e57-9140-b90eb88a9e97")));
        assertThat(adele.holdingGroup(SKU)).isNull();
        GraphUser.LicenseAssignmentState failed = adele.failedStates().get(0);
        assertThat(adele.failedStates()).hasSize(1);
        assertThat(failed.skuId()).isEqualTo("c7df2760-2c81-4ef7-b578-5b5392b571df");
        assertThat(failed.groupId()).isEqualTo("e61ff361-5baf-41f0-b2fd-380a6a5e406a");
        assertThat(failed.assignmentState()).isEqualTo(AssignmentState.ERROR);
        assertThat(failed.assignmentError()).isEqualTo(AssignmentError.COUNT_VIOLATION);
    }

    @Test
    void missingUnreadableAndUnknownValuesAreKeptAsUnknownNotFatal() {
        List<GraphUser> users = JSONB.fromJson(PAGE, UserPage.class).value();
        GraphUser guest = users.get(1);
        GraphUser bare = users.get(2);

        assertThat(guest.dates().createdAt()).isNull();
        assertThat(guest.dates().lastSignInAt()).isNull();
        assertThat(guest.dates().lastSuccessfulSignInAt()).isNull();
        assertThat(guest.dates().lastActiveAt())
                .as("only a non-interactive sign-in: that is the last activity")
                .isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        assertThat(guest.failedStates().get(0).assignmentState()).isEqualTo(AssignmentState.UNKNOWN);
        assertThat(guest.failedStates().get(0).assignmentError()).isEqualTo(AssignmentError.OTHER);
        assertThat(bare.dates().lastActiveAt()).isNull();
        assertThat(bare.licences()).isEmpty();
        assertThat(bare.failedStates()).isEmpty();
        assertThat(bare.holdingGroup(SKU)).isNull();
    }

    @Test
    void aSkusServicePlansAreRead() {
        SkuList skus = JSONB.fromJson("""
                {"value": [{
                  "capabilityStatus": "Enabled", "consumedUnits": 14, "id": "48a80680-7326-48cd-9935-b556b81d3a4e_c7df2760",
                  "prepaidUnits": {"enabled": 25, "suspended": 0, "warning": 0, "lockedOut": 0},
                  "servicePlans": [
                    {"servicePlanId": "8c098270-9dd4-4350-9b30-ba4703f3b36b", "servicePlanName": "ADALLOM_S_O365",
                     "provisioningStatus": "Success", "appliesTo": "User"},
                    {"servicePlanName": "NO_ID", "provisioningStatus": "Success", "appliesTo": "User"}
                  ],
                  "skuId": "c7df2760-2c81-4ef7-b578-5b5392b571df", "skuPartNumber": "ENTERPRISEPREMIUM", "appliesTo": "User"
                }, {"skuId": "6fd2c87f-b296-42f0-b197-1e91e994b900", "skuPartNumber": "ENTERPRISEPACK"}]}
                """, SkuList.class);

        assertThat(skus.value().get(0).plans())
                .containsExactly(new SubscribedSku.ServicePlan(
                        "8c098270-9dd4-4350-9b30-ba4703f3b36b", "ADALLOM_S_O365", "User", "Success"));
        assertThat(skus.value().get(1).plans()).isEmpty();
    }
}
