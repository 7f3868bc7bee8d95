package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.simulator.tenant.LicenseError;
import dev.itam.m365.simulator.tenant.LicenseState;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import dev.itam.m365.simulator.tenant.UserType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users' sign-ins, type, creation and licence states through Graph, on Graph's conditions, and their control routes. */
class SignInActivityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T09:30:00Z"), ZoneOffset.UTC);
    private static final String RECLAIM_SELECT =
            "id,userType,createdDateTime,signInActivity,assignedLicenses,licenseAssignmentStates";
    private static final AtomicLong SEEDS = new AtomicLong(7_100);

    private static GraphSimulator simulator;
    private static SimulatorClient client;
    private Tenant tenant;
    private String token;

    @BeforeAll
    static void start() throws Exception {
        simulator = GraphSimulator.start(0, CLOCK);
        client = new SimulatorClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void newTenant() throws Exception {
        tenant = simulator.addTenant(TenantSpec.of(SEEDS.incrementAndGet(), 1_200, 6));
        token = client.token(tenant);
    }

    private SimUser licensedUser() {
        return tenant.read(t -> t.userSlots().stream()
                .filter(u -> u.assignments().size() == 1
                        && u.assignments().get(0).groupId() == null
                        && u.assignmentStates().size() == 1)
                .findFirst()
                .orElseThrow()
                .snapshot());
    }

    private JsonObject userById(String select, String userId) throws Exception {
        String url = "/v1.0/users?$select=" + select + "&$top=500";
        while (url != null) {
            SimulatorClient.Answer page = client.get(url, token);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            for (JsonValue user : page.json().getJsonArray("value")) {
                if (user.asJsonObject().getString("id").equals(userId)) {
                    return user.asJsonObject();
                }
            }
            url = page.json().containsKey("@odata.nextLink") ? page.json().getString("@odata.nextLink") : null;
        }
        throw new AssertionError("No user " + userId);
    }

    private void control(String method, String path, String json, int status) throws Exception {
        SimulatorClient.Answer answer = client.control(method, "tenants/" + tenant.id() + "/" + path, json);
        assertThat(answer.status())
                .as(method + " " + path + ": " + answer.body())
                .isEqualTo(status);
    }

    private String tokenOfAppWith(String permissionsJson) throws Exception {
        SimulatorClient.Answer registered = client.control(
                "POST", "tenants/" + tenant.id() + "/apps", "{\"secret\":{},\"permissions\":" + permissionsJson + "}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        SimulatorClient.Answer answer = client.tokenRequest(
                tenant.id(),
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        registered.json().getString("clientId"),
                        "client_secret",
                        registered.json().getString("secret"),
                        "scope",
                        "https://graph.microsoft.com/.default"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getString("access_token");
    }

    private static JsonObject error(SimulatorClient.Answer answer) {
        return answer.json().getJsonObject("error");
    }

    @Test
    void aUsersFactsAreWrittenAsGraphWritesThem() throws Exception {
        SimUser user = licensedUser();
        String skuId = user.assignments().get(0).skuId();
        String failedSku = tenant.read(t -> t.skus().stream()
                .map(SimSku::skuId)
                .filter(id -> !id.equals(skuId))
                .findFirst()
                .orElseThrow());
        String plan = tenant.read(t -> t.sku(skuId).servicePlans().get(0).servicePlanId());
        String groupId = "6b2ca8a1-4e3f-4a55-9d4a-1f2e3d4c5b6a";
        tenant.setUserType(user.id(), UserType.GUEST);
        tenant.setCreatedAt(user.id(), Instant.parse("2021-06-01T08:15:00Z"));
        tenant.setSignIns(
                user.id(),
                Instant.parse("2025-09-30T10:11:12Z"),
                Instant.parse("2026-03-14T07:00:01Z"),
                Instant.parse("2026-03-14T07:00:01Z"));
        tenant.setDisabledPlans(user.id(), skuId, List.of(plan));
        tenant.addFailedAssignment(user.id(), failedSku, groupId, LicenseState.ERROR, LicenseError.COUNT_VIOLATION);

        JsonObject json = userById(RECLAIM_SELECT, user.id());

        JsonObject signIns = json.getJsonObject("signInActivity");
        assertThat(json)
                .isEqualTo(Json.createObjectBuilder()
                        .add("id", user.id())
                        .add("userType", "Guest")
                        .add("createdDateTime", "2021-06-01T08:15:00Z")
                        .add(
                                "signInActivity",
                                Json.createObjectBuilder()
                                        .add("lastSignInDateTime", "2025-09-30T10:11:12Z")
                                        .add("lastSignInRequestId", signIns.getString("lastSignInRequestId"))
                                        .add("lastNonInteractiveSignInDateTime", "2026-03-14T07:00:01Z")
                                        .add(
                                                "lastNonInteractiveSignInRequestId",
                                                signIns.getString("lastNonInteractiveSignInRequestId"))
                                        .add("lastSuccessfulSignInDateTime", "2026-03-14T07:00:01Z")
                                        .add(
                                                "lastSuccessfulSignInRequestId",
                                                signIns.getString("lastSuccessfulSignInRequestId")))
                        .add(
                                "assignedLicenses",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add(
                                                        "disabledPlans",
                                                        Json.createArrayBuilder()
                                                                .add(plan))
                                                .add("skuId", skuId)))
                        .add(
                                "licenseAssignmentStates",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .addNull("assignedByGroup")
                                                .add(
                                                        "disabledPlans",
                                                        Json.createArrayBuilder()
                                                                .add(plan))
                                                .add("error", "None")
                                                .add("lastUpdatedDateTime", "2026-03-15T09:30:00Z")
                                                .add("skuId", skuId)
                                                .add("state", "Active"))
                                        .add(Json.createObjectBuilder()
                                                .add("assignedByGroup", groupId)
                                                .add("disabledPlans", Json.createArrayBuilder())
                                                .add("error", "CountViolation")
                                                .add("lastUpdatedDateTime", "2026-03-15T09:30:00Z")
                                                .add("skuId", failedSku)
                                                .add("state", "Error")))
                        .build());
        assertThat(List.of(
                        signIns.getString("lastSignInRequestId"),
                        signIns.getString("lastNonInteractiveSignInRequestId"),
                        signIns.getString("lastSuccessfulSignInRequestId")))
                .allSatisfy(id -> assertThat(UUID.fromString(id)).isNotNull())
                .doesNotHaveDuplicates();
        assertThat(userById(RECLAIM_SELECT, user.id()))
                .as("the same on every read")
                .isEqualTo(json);
    }

    @Test
    void aUserWhoNeverSignedInHasNoSignInActivityAndAKindNeverUsedIsNull() throws Exception {
        SimUser user = licensedUser();
        tenant.setSignIns(user.id(), null, null, null);
        assertThat(userById("id,signInActivity", user.id()).get("signInActivity"))
                .isEqualTo(JsonValue.NULL);

        tenant.setSignIns(user.id(), Instant.parse("2025-01-02T03:04:05Z"), null, null);
        JsonObject signIns = userById("id,signInActivity", user.id()).getJsonObject("signInActivity");
        assertThat(signIns.getString("lastSignInDateTime")).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(signIns.get("lastNonInteractiveSignInDateTime")).isEqualTo(JsonValue.NULL);
        assertThat(signIns.get("lastNonInteractiveSignInRequestId")).isEqualTo(JsonValue.NULL);
        assertThat(signIns.get("lastSuccessfulSignInDateTime")).isEqualTo(JsonValue.NULL);
        assertThat(signIns.get("lastSuccessfulSignInRequestId")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void signInActivityWantsAuditLogReadAll() throws Exception {
        String usersOnly = tokenOfAppWith("[\"User.Read.All\",\"Directory.Read.All\"]");

        SimulatorClient.Answer denied = client.get("/v1.0/users?$select=id,signInActivity", usersOnly);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(error(denied).getString("code")).isEqualTo("Authentication_MSGraphPermissionMissing");
        assertThat(error(denied).getString("message"))
                .isEqualTo("Calling principal does not have required MSGraph permissions AuditLog.Read.All");
        assertThat(client.get("/v1.0/users?$select=id,userType,createdDateTime", usersOnly)
                        .status())
                .isEqualTo(200);

        String auditOnly = tokenOfAppWith("[\"AuditLog.Read.All\"]");
        SimulatorClient.Answer noUsers = client.get("/v1.0/users?$select=id,signInActivity", auditOnly);
        assertThat(noUsers.status()).isEqualTo(403);
        assertThat(error(noUsers).getString("code")).isEqualTo("Authorization_RequestDenied");
        assertThat(client.get(
                                "/v1.0/users?$select=id,signInActivity",
                                tokenOfAppWith("[\"User.Read.All\",\"AuditLog.Read.All\"]"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTenantWithoutPremiumRefusesSignInActivityOnly() throws Exception {
        control("PUT", "premium", "{\"premium\":false}", 204);
        assertThat(tenant.premium()).isFalse();

        SimulatorClient.Answer refused = client.get("/v1.0/users?$select=id,signInActivity", token);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(error(refused).getString("code")).isEqualTo("Authentication_RequestFromNonPremiumTenantOrB2CTenant");
        assertThat(error(refused).getString("message"))
                .isEqualTo("Neither tenant is B2C or tenant doesn't have premium license");
        assertThat(client.get("/v1.0/users?$select=id,licenseAssignmentStates", token)
                        .status())
                .isEqualTo(200);

        control("PUT", "premium", "{\"premium\":true}", 204);
        assertThat(client.get("/v1.0/users?$select=id,signInActivity", token).status())
                .isEqualTo(200);
    }

    @Test
    void withSignInActivityAPageHoldsAtMost500Users() throws Exception {
        SimulatorClient.Answer tooMany = client.get("/v1.0/users?$select=id,signInActivity&$top=501", token);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().getString("value")).isEqualTo("Cannot query data for more than 500 users at a time.");
        assertThat(tooMany.json().getString("@odata.context")).endsWith("/auditLogs/$metadata#Edm.String");
        assertThat(error(client.get("/v1.0/users?$select=id,signInActivity&$top=1000", token))
                        .getString("code"))
                .isEqualTo("Request_UnsupportedQuery");
        assertThat(client.get("/v1.0/users?$select=id,userType&$top=999", token).status())
                .isEqualTo(200);
    }

    @Test
    void pagesWithSignInActivityHold500UsersAtMostAnd100ByDefault() throws Exception {
        assertThat(pageSizes("/v1.0/users?$select=id,signInActivity&$top=500")).containsExactly(500, 500, 200);
        assertThat(pageSizes("/v1.0/users?$select=id,signInActivity"))
                .hasSize(12)
                .containsOnly(100);
    }

    private List<Integer> pageSizes(String firstUrl) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        String url = firstUrl;
        while (url != null) {
            SimulatorClient.Answer page = client.get(url, token);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            sizes.add(page.json().getJsonArray("value").size());
            url = page.json().containsKey("@odata.nextLink") ? page.json().getString("@odata.nextLink") : null;
        }
        return sizes;
    }

    @Test
    void deltaQueriesRefuseSignInActivity() throws Exception {
        SimulatorClient.Answer refused = client.get("/v1.0/users/delta?$select=id,signInActivity", token);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(error(refused).getString("code")).isEqualTo("BadRequest");
        assertThat(error(refused).getString("message"))
                .isEqualTo("Invalid request for delta query: for this entity set, $expand/$select is not supported"
                        + " for the following properties: signInActivity");
        assertThat(client.get("/v1.0/users/delta?$select=id,userType,createdDateTime", token)
                        .status())
                .isEqualTo(200);
    }

    /** Sign-ins and licence states are not tracked by delta queries; a user's type is. */
    @Test
    void deltaRoundsShowTypeChangesButNeitherSignInsNorFailedAssignments() throws Exception {
        String deltaLink = deltaRound("/v1.0/users/delta?$select=id,userType,licenseAssignmentStates")
                .getValue();
        SimUser signedIn = licensedUser();
        SimUser guest = tenant.read(t -> t.userSlots().get(7).snapshot());
        tenant.setSignIns(signedIn.id(), Instant.parse("2026-03-15T08:00:00Z"), null, null);
        tenant.addFailedAssignment(
                signedIn.id(),
                tenant.read(t -> t.skus().iterator().next().skuId()),
                "0d2a7b2e-1111-4222-8333-944455556666",
                LicenseState.DISABLED,
                LicenseError.NONE);
        tenant.setUserType(guest.id(), UserType.GUEST);

        Map<String, JsonObject> changed = deltaRound(deltaLink).getKey();

        assertThat(changed).containsOnlyKeys(guest.id());
        assertThat(changed.get(guest.id()).getString("userType")).isEqualTo("Guest");
    }

    private Map.Entry<Map<String, JsonObject>, String> deltaRound(String url) throws Exception {
        Map<String, JsonObject> entries = new HashMap<>();
        while (true) {
            JsonObject page = client.get(url, token).json();
            page.getJsonArray("value").forEach(v -> entries.put(v.asJsonObject().getString("id"), v.asJsonObject()));
            if (page.containsKey("@odata.deltaLink")) {
                return Map.entry(entries, page.getString("@odata.deltaLink"));
            }
            url = page.getString("@odata.nextLink");
        }
    }

    @Test
    void theControlApiSetsSignInsKeepingTimesNotGiven() throws Exception {
        SimUser user = licensedUser();
        control(
                "PATCH",
                "users/" + user.id() + "/signInActivity",
                "{\"lastSignInDateTime\":\"2025-11-01T12:00:00Z\",\"lastNonInteractiveSignInDateTime\":null,"
                        + "\"lastSuccessfulSignInDateTime\":\"2025-11-01T12:00:00Z\"}",
                204);
        control(
                "PATCH",
                "users/" + user.id() + "/signInActivity",
                "{\"lastNonInteractiveSignInDateTime\":\"2026-03-10T06:30:00Z\"}",
                204);

        SimUser now = tenant.read(t -> t.user(user.id()).snapshot());
        assertThat(now.lastSignInAt()).isEqualTo(Instant.parse("2025-11-01T12:00:00Z"));
        assertThat(now.lastNonInteractiveSignInAt()).isEqualTo(Instant.parse("2026-03-10T06:30:00Z"));
        assertThat(now.lastSuccessfulSignInAt()).isEqualTo(Instant.parse("2025-11-01T12:00:00Z"));
        control(
                "PATCH",
                "users/" + user.id() + "/signInActivity",
                "{\"lastSuccessfulSignInDateTime\":\"2026-03-11T00:00:00Z\"}",
                400);
        control("PATCH", "users/" + user.id() + "/signInActivity", "{\"lastSignInDateTime\":\"yesterday\"}", 400);
        control(
                "PATCH",
                "users/0c0ffee0-0000-4000-8000-000000000000/signInActivity",
                "{\"lastSignInDateTime\":null}",
                404);
    }

    @Test
    void theControlApiChangesTypeAndCreationAndAddsFailedAssignments() throws Exception {
        SimUser user = licensedUser();
        String skuId = user.assignments().get(0).skuId();
        String other = tenant.read(t -> t.skus().stream()
                .map(SimSku::skuId)
                .filter(id -> !id.equals(skuId))
                .findFirst()
                .orElseThrow());
        Integer consumed = tenant.read(t -> t.sku(other).consumed());

        control(
                "PATCH",
                "users/" + user.id(),
                "{\"userType\":\"Guest\",\"createdDateTime\":\"2024-02-29T10:00:00Z\"}",
                204);
        control(
                "POST",
                "users/" + user.id() + "/licenseAssignmentStates",
                "{\"skuId\":\"" + other.toUpperCase(Locale.ROOT)
                        + "\",\"groupId\":\"9f8e7d6c-5b4a-4321-8765-0fedcba98765\",\"state\":\"Error\","
                        + "\"error\":\"MutuallyExclusiveViolation\"}",
                204);

        JsonObject json = userById(RECLAIM_SELECT, user.id());
        assertThat(json.getString("userType")).isEqualTo("Guest");
        assertThat(json.getString("createdDateTime")).isEqualTo("2024-02-29T10:00:00Z");
        assertThat(json.getJsonArray("assignedLicenses").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("skuId"))
                .containsExactly(skuId);
        assertThat(json.getJsonArray("licenseAssignmentStates").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("skuId") + " " + s.getString("state") + " " + s.getString("error"))
                .containsExactly(skuId + " Active None", other + " Error MutuallyExclusiveViolation");
        assertThat(tenant.<Integer>read(t -> t.sku(other).consumed())).isEqualTo(consumed);
        control(
                "POST",
                "users/" + user.id() + "/licenseAssignmentStates",
                "{\"skuId\":\"" + other + "\",\"state\":\"Active\",\"error\":\"None\"}",
                400);
        control("PATCH", "users/" + user.id(), "{\"userType\":\"Visitor\"}", 400);
    }
}
