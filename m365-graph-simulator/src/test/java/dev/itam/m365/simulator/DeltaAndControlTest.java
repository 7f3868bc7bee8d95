package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tenant changes made through the control API, as delta queries and plain reads see them. */
class DeltaAndControlTest {

    private GraphSimulator simulator;
    private Tenant tenant;
    private SimulatorClient client;
    private String token;

    @BeforeEach
    void start() throws Exception {
        simulator = GraphSimulator.start(0);
        tenant = simulator.addTenant(TenantSpec.of(8, 350, 8));
        client = new SimulatorClient(simulator);
        token = client.token(tenant);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    /** Follows a delta round to its end; returns the entries by id and the delta link. */
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

    private List<JsonObject> controlUsers() throws Exception {
        List<JsonObject> users = new ArrayList<>();
        ((JsonArray) client.control("GET", "tenants/" + tenant.id() + "/users", null)
                        .parse())
                .forEach(v -> users.add(v.asJsonObject()));
        return users;
    }

    private void control(String method, String path, String json) throws Exception {
        SimulatorClient.Answer answer = client.control(method, "tenants/" + tenant.id() + "/" + path, json);
        assertThat(answer.status())
                .as(method + " " + path + ": " + answer.body())
                .isBetween(200, 204);
    }

    @Test
    void deltaReturnsExactlyTheChangesMadeThroughTheControlApi() throws Exception {
        var initial = deltaRound("/v1.0/users/delta?$select=id,displayName,accountEnabled,assignedLicenses&$top=40");
        assertThat(initial.getKey()).hasSize(350);
        assertThat(deltaRound(initial.getValue()).getKey()).isEmpty();

        List<JsonObject> users = controlUsers();
        JsonObject unlicensed = users.stream()
                .filter(u -> u.getJsonArray("skuIds").isEmpty())
                .findFirst()
                .orElseThrow();
        JsonObject licensed = users.stream()
                .filter(u -> !u.getJsonArray("skuIds").isEmpty())
                .findFirst()
                .orElseThrow();
        String disabled = users.get(100).getString("id");
        String deleted = users.get(200).getString("id");
        String skuId = tenant.read(t -> t.skus().iterator().next().skuId());

        control("POST", "users/" + unlicensed.getString("id") + "/licenses", "{\"skuId\":\"" + skuId + "\"}");
        control(
                "DELETE",
                "users/" + licensed.getString("id") + "/licenses/"
                        + licensed.getJsonArray("skuIds").getString(0),
                null);
        control("PATCH", "users/" + disabled, "{\"accountEnabled\":false}");
        control("DELETE", "users/" + deleted, null);
        SimulatorClient.Answer created = client.control(
                "POST",
                "tenants/" + tenant.id() + "/users",
                "{\"displayName\":\"Nina New\",\"userPrincipalName\":\"nina@contoso.test\",\"department\":\"IT\"}");
        String newcomer = created.json().getString("id");

        var changes = deltaRound(initial.getValue());

        assertThat(changes.getKey().keySet())
                .containsExactlyInAnyOrder(
                        unlicensed.getString("id"), licensed.getString("id"), disabled, deleted, newcomer);
        assertThat(changes.getKey()
                        .get(unlicensed.getString("id"))
                        .getJsonArray("assignedLicenses")
                        .getJsonObject(0)
                        .getString("skuId"))
                .isEqualTo(skuId);
        assertThat(changes.getKey().get(disabled).getBoolean("accountEnabled")).isFalse();
        assertThat(changes.getKey().get(deleted).getJsonObject("@removed").getString("reason"))
                .isEqualTo("changed");
        assertThat(changes.getKey().get(newcomer).getString("displayName")).isEqualTo("Nina New");
        assertThat(deltaRound(changes.getValue()).getKey()).isEmpty();
    }

    @Test
    void skuChangesShowInSubscribedSkus() throws Exception {
        String addedSku = "c5928f49-12ba-48f7-ada3-0d743a3601d5";
        String firstSku = tenant.read(t -> t.skus().iterator().next().skuId());
        String lastSku = tenant.read(
                t -> new ArrayList<>(t.skus()).get(t.skus().size() - 1).skuId());

        control("POST", "skus", "{\"skuId\":\"" + addedSku + "\",\"skuPartNumber\":\"VISIOCLIENT\",\"enabled\":5}");
        control("PATCH", "skus/" + firstSku, "{\"enabled\":1234,\"warning\":3,\"capabilityStatus\":\"Warning\"}");
        control("DELETE", "skus/" + lastSku, null);

        Map<String, JsonObject> skus = new HashMap<>();
        client.get("/v1.0/subscribedSkus", token)
                .json()
                .getJsonArray("value")
                .forEach(v -> skus.put(v.asJsonObject().getString("skuId"), v.asJsonObject()));
        assertThat(skus).containsKey(addedSku).doesNotContainKey(lastSku);
        assertThat(skus.get(addedSku).getJsonObject("prepaidUnits").getInt("enabled"))
                .isEqualTo(5);
        // Its subscriptions all went into Warning, then a new Enabled one took the 1234 seats.
        assertThat(skus.get(firstSku).getJsonObject("prepaidUnits").getInt("enabled"))
                .isEqualTo(1234);
        assertThat(skus.get(firstSku).getJsonObject("prepaidUnits").getInt("warning"))
                .isEqualTo(3);
        assertThat(skus.get(firstSku).getString("capabilityStatus")).isEqualTo("Enabled");
    }

    @Test
    void removingASkuTakesItFromItsUsers() throws Exception {
        String skuId = tenant.read(t -> t.skus().iterator().next().skuId());
        control("DELETE", "skus/" + skuId, null);
        assertThat(controlUsers())
                .noneSatisfy(u -> assertThat(u.getJsonArray("skuIds").getValuesAs(JsonValue::toString))
                        .contains("\"" + skuId + "\""));
    }

    @Test
    void appsCanBeRegisteredWithSecretsAndCertificates() throws Exception {
        TestCertificates.Issued issued = TestCertificates.rsa("registered-over-http");
        SimulatorClient.Answer registered = client.control(
                "POST",
                "tenants/" + tenant.id() + "/apps",
                jakarta.json.Json.createObjectBuilder()
                        .add("secret", jakarta.json.Json.createObjectBuilder().add("expiresAt", "2030-01-01T00:00:00Z"))
                        .add("certificatePem", issued.certificatePem())
                        .build()
                        .toString());
        assertThat(registered.status()).isEqualTo(201);
        String clientId = registered.json().getString("clientId");
        String secret = registered.json().getString("secret");

        SimulatorClient.Answer tokenAnswer = client.tokenRequest(
                tenant.id(),
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        clientId,
                        "client_secret",
                        secret,
                        "scope",
                        "https://graph.microsoft.com/.default"));
        assertThat(tokenAnswer.status()).isEqualTo(200);
        assertThat(tenant.app(clientId).certificates()).containsExactly(issued.certificate());
    }

    @Test
    void unknownItemsAndBadRequestsAreAnsweredClearly() throws Exception {
        SimulatorClient.Answer unknownUser =
                client.control("PATCH", "tenants/" + tenant.id() + "/users/nobody", "{\"accountEnabled\":false}");
        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(unknownUser.json().getString("error")).contains("nobody");
        assertThat(client.control("GET", "tenants/unknown-tenant", null).status())
                .isEqualTo(404);
        assertThat(client.control("POST", "faults", "{\"endpoint\":\"NOPE\",\"kind\":\"THROTTLE\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void tenantsCanBeCreatedOverHttp() throws Exception {
        SimulatorClient.Answer created = client.control("POST", "tenants", "{\"seed\":77,\"users\":25,\"skus\":4}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().getInt("users")).isEqualTo(25);
        JsonObject app = created.json().getJsonArray("apps").getJsonObject(0);
        SimulatorClient.Answer tokenAnswer = client.tokenRequest(
                created.json().getString("tenantId"),
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        app.getString("clientId"),
                        "client_secret",
                        app.getString("secret"),
                        "scope",
                        "https://graph.microsoft.com/.default"));
        assertThat(tokenAnswer.status()).isEqualTo(200);
    }
}
