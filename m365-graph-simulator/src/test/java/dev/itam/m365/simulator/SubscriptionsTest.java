package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /directory/subscriptions}, the permissions Graph checks, and subscriptions changed through the control API. */
class SubscriptionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T09:30:00Z"), ZoneOffset.UTC);
    private static final String E3 = "05e9a617-0261-4cee-bb44-138d3ef5d965";

    private GraphSimulator simulator;
    private Tenant tenant;
    private SimulatorClient client;
    private String token;

    @BeforeEach
    void start() throws Exception {
        simulator = GraphSimulator.start(0, CLOCK);
        tenant = simulator.addTenant(TenantSpec.of(1, 200, 12));
        client = new SimulatorClient(simulator);
        token = client.token(tenant);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private List<JsonObject> values(String url, String bearer) throws Exception {
        SimulatorClient.Answer answer = client.get(url, bearer);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonArray("value").getValuesAs(JsonObject.class);
    }

    private Map<String, JsonObject> skus() throws Exception {
        Map<String, JsonObject> skus = new HashMap<>();
        values("/v1.0/subscribedSkus", token).forEach(s -> skus.put(s.getString("skuId"), s));
        return skus;
    }

    private List<JsonObject> controlSubscriptions() throws Exception {
        return ((JsonArray) client.control("GET", "tenants/" + tenant.id() + "/subscriptions", null)
                        .parse())
                .getValuesAs(JsonObject.class);
    }

    private List<JsonObject> subscriptionsOf(String skuId) throws Exception {
        return controlSubscriptions().stream()
                .filter(s -> s.getString("skuId").equals(skuId))
                .toList();
    }

    private SimulatorClient.Answer patch(String path, String json) throws Exception {
        return client.control("PATCH", "tenants/" + tenant.id() + "/" + path, json);
    }

    private static String skuAt(Tenant tenant, int index) {
        return tenant.read(t -> new ArrayList<>(t.skus()).get(index).skuId());
    }

    @Test
    void subscriptionsHaveGraphsShapeAndDates() throws Exception {
        SimulatorClient.Answer answer = client.get("/v1.0/directory/subscriptions", token);
        assertThat(answer.json().getString("@odata.context"))
                .isEqualTo("https://graph.microsoft.com/v1.0/$metadata#directory/subscriptions");
        List<JsonObject> subscriptions = answer.json().getJsonArray("value").getValuesAs(JsonObject.class);

        assertThat(subscriptions).hasSize(13);
        assertThat(subscriptions)
                .allSatisfy(s -> assertThat(s.keySet())
                        .containsExactlyInAnyOrder(
                                "commerceSubscriptionId",
                                "createdDateTime",
                                "id",
                                "isTrial",
                                "nextLifecycleDateTime",
                                "ownerId",
                                "ownerTenantId",
                                "ownerType",
                                "serviceStatus",
                                "skuId",
                                "skuPartNumber",
                                "status",
                                "totalLicenses"));
        List<JsonObject> e3 = subscriptions.stream()
                .filter(s -> s.getString("skuId").equals(E3))
                .toList();
        assertThat(e3)
                .extracting(s -> s.getString("createdDateTime"))
                .containsExactly("2025-04-09T00:00:00Z", "2025-12-05T00:00:00Z");
        assertThat(e3)
                .extracting(s -> s.getString("nextLifecycleDateTime"))
                .containsExactly("2026-04-09T00:00:00Z", "2026-12-05T00:00:00Z");
        assertThat(e3).extracting(s -> s.getInt("totalLicenses")).containsExactly(40, 20);
        assertThat(e3).extracting(s -> s.getString("status")).containsOnly("Enabled");
        JsonObject first = e3.get(0);
        assertThat(first.getString("ownerTenantId")).isEqualTo(tenant.id());
        assertThat(first.getString("ownerType")).isEqualTo("User");
        assertThat(first.getString("ownerId"))
                .isEqualTo(tenant.read(t -> t.userSlots().get(0).id()));
        assertThat(first.getString("skuPartNumber")).isEqualTo("SPE_E3");
        assertThat(first.getJsonArray("serviceStatus").getValuesAs(JsonObject.class))
                .contains(Json.createObjectBuilder()
                        .add("appliesTo", "User")
                        .add("provisioningStatus", "Success")
                        .add("servicePlanId", "57ff2da0-773e-42df-b2af-ffb7a2317929")
                        .add("servicePlanName", "TEAMS1")
                        .build());

        JsonObject free = subscriptions.stream()
                .filter(s -> s.getString("skuId").equals(skuAt(tenant, 8)))
                .findFirst()
                .orElseThrow();
        assertThat(free.isNull("nextLifecycleDateTime")).isTrue();
        JsonObject trial = subscriptions.stream()
                .filter(s -> s.getString("skuId").equals(skuAt(tenant, 1)))
                .findFirst()
                .orElseThrow();
        assertThat(trial.getBoolean("isTrial")).isTrue();
        assertThat(trial.getString("nextLifecycleDateTime")).isEqualTo("2026-03-30T00:00:00Z");
        assertThat(subscriptions).extracting(s -> s.getString("status")).contains("Warning", "Suspended", "LockedOut");
    }

    @Test
    void subscribedSkusListTheirSubscriptionsAndServicePlans() throws Exception {
        Map<String, JsonObject> skus = skus();
        List<String> e3Subscriptions =
                subscriptionsOf(E3).stream().map(s -> s.getString("id")).toList();

        assertThat(skus.get(E3).getJsonArray("subscriptionIds").getValuesAs(JsonValue::toString))
                .containsExactly("\"" + e3Subscriptions.get(0) + "\"", "\"" + e3Subscriptions.get(1) + "\"");
        assertThat(skus.get(E3).getJsonArray("servicePlans").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("servicePlanName"))
                .containsExactly(
                        "EXCHANGE_S_ENTERPRISE",
                        "TEAMS1",
                        "SHAREPOINTENTERPRISE",
                        "OFFICESUBSCRIPTION",
                        "MCOSTANDARD",
                        "AAD_PREMIUM",
                        "INTUNE_A");
        JsonObject company = skus.get(skuAt(tenant, 11));
        assertThat(company.getString("appliesTo")).isEqualTo("Company");
        assertThat(company.getJsonArray("servicePlans").getValuesAs(JsonObject.class))
                .contains(Json.createObjectBuilder()
                        .add("servicePlanId", "113feb6c-3fe4-4440-bddc-54d774bf0318")
                        .add("servicePlanName", "EXCHANGE_S_FOUNDATION")
                        .add("provisioningStatus", "Success")
                        .add("appliesTo", "Company")
                        .build());
        JsonObject warning = skus.get(skuAt(tenant, 2)).getJsonObject("prepaidUnits");
        assertThat(warning.getInt("enabled")).isZero();
        assertThat(warning.getInt("warning")).isEqualTo(66);
    }

    @Test
    void subscriptionsArePagedWithASkipToken() throws Exception {
        List<String> ids = new ArrayList<>();
        int pages = 0;
        String url = "/v1.0/directory/subscriptions?$top=2";
        while (url != null) {
            JsonObject page = client.get(url, token).json();
            pages++;
            assertThat(page.getJsonArray("value")).hasSizeLessThanOrEqualTo(2);
            page.getJsonArray("value").forEach(s -> ids.add(s.asJsonObject().getString("id")));
            url = page.containsKey("@odata.nextLink") ? page.getString("@odata.nextLink") : null;
            if (url != null) {
                assertThat(url).startsWith(simulator.baseUri() + "/v1.0/directory/subscriptions?$top=2&$skiptoken=");
            }
        }

        assertThat(pages).isEqualTo(7);
        assertThat(ids)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(values("/v1.0/directory/subscriptions", token).stream()
                        .map(s -> s.getString("id"))
                        .toList());
    }

    @Test
    void pageSizesOutsideOneTo999AreRefused() throws Exception {
        for (String top : List.of("0", "1000")) {
            SimulatorClient.Answer answer = client.get("/v1.0/directory/subscriptions?$top=" + top, token);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().getJsonObject("error").getString("code")).isEqualTo("Request_UnsupportedQuery");
        }
        assertThat(values("/v1.0/directory/subscriptions?$top=999", token)).hasSize(13);
    }

    @Test
    void anAppWithoutOrganizationReadAllCannotListSubscriptions() throws Exception {
        String appToken = tokenOfNewApp("[\"LicenseAssignment.Read.All\",\"User.Read.All\"]");

        SimulatorClient.Answer denied = client.get("/v1.0/directory/subscriptions", appToken);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().getJsonObject("error").getString("code")).isEqualTo("Authorization_RequestDenied");
        assertThat(denied.json().getJsonObject("error").getString("message"))
                .isEqualTo("Insufficient privileges to complete the operation.");
        assertThat(values("/v1.0/subscribedSkus", appToken)).hasSize(12);
        assertThat(values("/v1.0/users?$top=5", appToken)).hasSize(5);
        assertThat(client.get("/v1.0/users/delta", appToken).status()).isEqualTo(200);
    }

    @Test
    void eachEndpointWantsOneOfItsPermissions() throws Exception {
        String directoryReader = tokenOfNewApp("[\"Directory.Read.All\"]");
        String licenceReader = tokenOfNewApp("[\"LicenseAssignment.Read.All\"]");
        String nothing = tokenOfNewApp("[]");

        assertThat(client.get("/v1.0/directory/subscriptions", directoryReader).status())
                .isEqualTo(200);
        assertThat(client.get("/v1.0/users", directoryReader).status()).isEqualTo(200);
        assertThat(client.get("/v1.0/subscribedSkus", licenceReader).status()).isEqualTo(200);
        assertThat(client.get("/v1.0/users", licenceReader).status()).isEqualTo(403);
        assertThat(client.get("/v1.0/users/delta", licenceReader).status()).isEqualTo(403);
        assertThat(client.get("/v1.0/subscribedSkus", nothing).status()).isEqualTo(403);
    }

    @Test
    void grantedPermissionsShowInTokensIssuedAfterwards() throws Exception {
        JsonObject app = registerApp(null);
        String before = token(app);

        SimulatorClient.Answer put = client.send(HttpRequest.newBuilder(simulator
                        .baseUri()
                        .resolve(
                                "/_sim/tenants/" + tenant.id() + "/apps/" + app.getString("clientId") + "/permissions"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("[\"User.Read.All\"]")));
        assertThat(put.status()).isEqualTo(204);
        String after = token(app);

        assertThat(client.get("/v1.0/subscribedSkus", before).status()).isEqualTo(200);
        assertThat(client.get("/v1.0/subscribedSkus", after).status()).isEqualTo(403);
        assertThat(client.get("/v1.0/users", after).status()).isEqualTo(200);
        assertThat(tenant.app(app.getString("clientId")).permissions()).containsExactly("User.Read.All");
    }

    @Test
    void permissionsOfAnUnknownAppCannotBeSet() throws Exception {
        SimulatorClient.Answer put = client.send(HttpRequest.newBuilder(simulator
                        .baseUri()
                        .resolve("/_sim/tenants/" + tenant.id() + "/apps/" + "0c0ffee0-0000-4000-8000-000000000000"
                                + "/permissions"))
                .PUT(HttpRequest.BodyPublishers.ofString("[\"User.Read.All\"]")));
        assertThat(put.status()).isEqualTo(404);
    }

    @Test
    void theGeneratedAppHasTheImportsPermissions() {
        assertThat(tenant.apps().iterator().next().permissions())
                .isEqualTo(Set.of(
                        "Organization.Read.All", "User.Read.All", "LicenseAssignment.Read.All", "AuditLog.Read.All"));
    }

    @Test
    void aChangedSubscriptionChangesItsSkusFigures() throws Exception {
        String warningSku = skuAt(tenant, 2);
        String subscriptionId = subscriptionsOf(warningSku).get(0).getString("id");

        SimulatorClient.Answer changed = patch(
                "subscriptions/" + subscriptionId,
                "{\"status\":\"Enabled\",\"totalLicenses\":70,\"isTrial\":true,"
                        + "\"nextLifecycleDateTime\":null,\"createdDateTime\":\"2024-02-29T00:00:00Z\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);

        JsonObject sku = skus().get(warningSku);
        assertThat(sku.getString("capabilityStatus")).isEqualTo("Enabled");
        assertThat(sku.getJsonObject("prepaidUnits").getInt("enabled")).isEqualTo(70);
        assertThat(sku.getJsonObject("prepaidUnits").getInt("warning")).isZero();
        JsonObject subscription = values("/v1.0/directory/subscriptions", token).stream()
                .filter(s -> s.getString("id").equals(subscriptionId))
                .findFirst()
                .orElseThrow();
        assertThat(subscription.isNull("nextLifecycleDateTime")).isTrue();
        assertThat(subscription.getBoolean("isTrial")).isTrue();
        assertThat(subscription.getString("createdDateTime")).isEqualTo("2024-02-29T00:00:00Z");

        patch("subscriptions/" + subscriptionId, "{\"status\":\"Deleted\"}");
        sku = skus().get(warningSku);
        assertThat(sku.getString("capabilityStatus")).isEqualTo("Deleted");
        assertThat(sku.getJsonObject("prepaidUnits").getInt("enabled")).isZero();
    }

    @Test
    void badSubscriptionChangesAreRefused() throws Exception {
        String subscriptionId = subscriptionsOf(E3).get(0).getString("id");

        assertThat(patch("subscriptions/0c0ffee0-0000-4000-8000-000000000000", "{\"totalLicenses\":1}")
                        .status())
                .isEqualTo(404);
        for (String bad : List.of(
                "{\"totalLicenses\":-1}",
                "{\"totalLicenses\":\"many\"}",
                "{\"nextLifecycleDateTime\":\"next week\"}",
                "{\"status\":\"\"}")) {
            SimulatorClient.Answer refused = patch("subscriptions/" + subscriptionId, bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().getString("error")).as(bad).isNotBlank();
        }
        assertThat(subscriptionsOf(E3).get(0).getInt("totalLicenses")).isEqualTo(40);
    }

    @Test
    void skuSeatsAreRebalancedOverItsSubscriptions() throws Exception {
        List<JsonObject> before = subscriptionsOf(E3);

        assertThat(patch("skus/" + E3, "{\"enabled\":50}").status()).isEqualTo(204);
        List<JsonObject> after = subscriptionsOf(E3);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).getString("id")).isEqualTo(before.get(0).getString("id"));
        assertThat(after.get(0).getInt("totalLicenses")).isEqualTo(50);

        patch("skus/" + E3, "{\"lockedOut\":4}");
        List<JsonObject> withLockedOut = subscriptionsOf(E3);
        assertThat(withLockedOut).hasSize(2);
        JsonObject added = withLockedOut.get(1);
        assertThat(added.getString("status")).isEqualTo("LockedOut");
        assertThat(added.getInt("totalLicenses")).isEqualTo(4);
        assertThat(added.getBoolean("isTrial")).isFalse();
        assertThat(added.getString("createdDateTime")).isEqualTo("2026-03-15T00:00:00Z");
        assertThat(added.getString("nextLifecycleDateTime")).isEqualTo("2027-03-15T00:00:00Z");
        JsonObject units = skus().get(E3).getJsonObject("prepaidUnits");
        assertThat(units.getInt("enabled")).isEqualTo(50);
        assertThat(units.getInt("lockedOut")).isEqualTo(4);

        patch("skus/" + E3, "{\"enabled\":0,\"suspended\":0,\"warning\":0,\"lockedOut\":0}");
        List<JsonObject> emptied = subscriptionsOf(E3);
        assertThat(emptied).hasSize(1);
        assertThat(emptied.get(0).getInt("totalLicenses")).isZero();
    }

    @Test
    void aCapabilityStatusMovesEverySubscriptionAndItsSeats() throws Exception {
        patch("skus/" + E3, "{\"capabilityStatus\":\"Suspended\"}");
        JsonObject suspended = skus().get(E3);
        assertThat(suspended.getString("capabilityStatus")).isEqualTo("Suspended");
        assertThat(suspended.getJsonObject("prepaidUnits").getInt("enabled")).isZero();
        assertThat(suspended.getJsonObject("prepaidUnits").getInt("suspended")).isEqualTo(60);
        assertThat(subscriptionsOf(E3)).hasSize(2);

        String warningSku = skuAt(tenant, 2);
        patch(
                "skus/" + warningSku,
                "{\"enabled\":69,\"suspended\":0,\"warning\":0,\"lockedOut\":0," + "\"capabilityStatus\":\"Enabled\"}");
        JsonObject enabled = skus().get(warningSku);
        assertThat(enabled.getString("capabilityStatus")).isEqualTo("Enabled");
        assertThat(enabled.getJsonObject("prepaidUnits").getInt("enabled")).isEqualTo(69);
        assertThat(enabled.getJsonObject("prepaidUnits").getInt("warning")).isZero();
        assertThat(subscriptionsOf(warningSku)).hasSize(1);
    }

    @Test
    void addedSkusHaveOneSubscriptionAndRemovedOnesTakeTheirsAlong() throws Exception {
        String visio = "c5928f49-12ba-48f7-ada3-0d743a3601d5";
        client.control(
                "POST",
                "tenants/" + tenant.id() + "/skus",
                "{\"skuId\":\"" + visio + "\",\"skuPartNumber\":\"VISIOCLIENT\",\"enabled\":7}");

        List<JsonObject> added = subscriptionsOf(visio);
        assertThat(added).hasSize(1);
        assertThat(added.get(0).getString("status")).isEqualTo("Enabled");
        assertThat(added.get(0).getInt("totalLicenses")).isEqualTo(7);
        assertThat(added.get(0).getString("createdDateTime")).isEqualTo("2026-03-15T00:00:00Z");

        client.control("DELETE", "tenants/" + tenant.id() + "/skus/" + E3, null);
        assertThat(subscriptionsOf(E3)).isEmpty();
        assertThat(values("/v1.0/directory/subscriptions", token))
                .hasSize(12)
                .noneSatisfy(s -> assertThat(s.getString("skuId")).isEqualTo(E3));
    }

    private JsonObject registerApp(String permissionsJson) throws Exception {
        String body = "{\"secret\":{}" + (permissionsJson == null ? "" : ",\"permissions\":" + permissionsJson) + "}";
        SimulatorClient.Answer registered = client.control("POST", "tenants/" + tenant.id() + "/apps", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json();
    }

    private String token(JsonObject app) throws Exception {
        SimulatorClient.Answer answer = client.tokenRequest(
                tenant.id(),
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        app.getString("clientId"),
                        "client_secret",
                        app.getString("secret"),
                        "scope",
                        "https://graph.microsoft.com/.default"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getString("access_token");
    }

    private String tokenOfNewApp(String permissionsJson) throws Exception {
        return token(registerApp(permissionsJson));
    }
}
