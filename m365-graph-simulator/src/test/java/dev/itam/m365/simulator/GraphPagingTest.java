package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphPagingTest {

    private static final int USERS = 2_500;
    private static GraphSimulator simulator;
    private static Tenant tenant;
    private static SimulatorClient client;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        simulator = GraphSimulator.start(0);
        tenant = simulator.addTenant(TenantSpec.of(3, USERS, 10));
        client = new SimulatorClient(simulator);
        token = client.token(tenant);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static List<String> walk(String firstUrl) throws Exception {
        List<String> ids = new ArrayList<>();
        String url = firstUrl;
        while (url != null) {
            SimulatorClient.Answer page = client.get(url, token);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json()
                    .getJsonArray("value")
                    .forEach(u -> ids.add(u.asJsonObject().getString("id")));
            url = page.json().containsKey("@odata.nextLink") ? page.json().getString("@odata.nextLink") : null;
        }
        return ids;
    }

    /** What the simulator does not evaluate it refuses as Graph refuses what it cannot: never ignored. */
    @Test
    void queryOptionsTheSimulatorDoesNotEvaluateAreRefusedWithGraphsErrors() throws Exception {
        SimulatorClient.Answer filtered = client.get("/v1.0/users?$filter=accountEnabled%20eq%20false", token);
        SimulatorClient.Answer searched = client.get("/v1.0/users?$search=%22displayName:Ada%22", token);
        SimulatorClient.Answer ordered = client.get("/v1.0/users?$orderby=displayName", token);

        assertThat(filtered.status()).isEqualTo(400);
        assertThat(filtered.json().getJsonObject("error").getString("code")).isEqualTo("Request_UnsupportedQuery");
        assertThat(filtered.json().getJsonObject("error").getString("message")).contains("'accountEnabled'");
        assertThat(searched.status()).isEqualTo(400);
        assertThat(ordered.status()).isEqualTo(400);
        assertThat(ordered.json().getJsonObject("error").getString("code")).isEqualTo("Request_UnsupportedQuery");
    }

    /** {@code $count} is an advanced query: with {@code ConsistencyLevel: eventual} every page says how many, without refused. */
    @Test
    void theUsersCountComesWithTheAdvancedQueryHeaderOnly() throws Exception {
        SimulatorClient.Answer refused = client.get("/v1.0/users?$count=true", token);
        SimulatorClient.Answer counted = client.send(
                java.net.http.HttpRequest.newBuilder(simulator.baseUri().resolve("/v1.0/users?$count=true&$top=10"))
                        .header("Authorization", "Bearer " + token)
                        .header("ConsistencyLevel", "eventual")
                        .GET());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonObject("error").getString("message"))
                .isEqualTo("$count is not currently supported.");
        assertThat(counted.status()).isEqualTo(200);
        assertThat(counted.json().getInt("@odata.count")).isEqualTo(USERS);
        assertThat(counted.json().getJsonArray("value")).hasSize(10);
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 100, 998, 999})
    void pagingVisitsEveryUserExactlyOnce(int top) throws Exception {
        List<String> ids = walk("/v1.0/users?$select=id,assignedLicenses&$top=" + top);

        assertThat(ids).hasSize(USERS).doesNotHaveDuplicates();
        Set<String> expected = new HashSet<>(
                tenant.read(t -> t.userSlots().stream().map(u -> u.id()).toList()));
        assertThat(new HashSet<>(ids)).isEqualTo(expected);
    }

    @Test
    void defaultPageHasAHundredUsersAndNextLinkKeepsTheQuery() throws Exception {
        SimulatorClient.Answer first = client.get("/v1.0/users?$select=id,displayName", token);
        assertThat(first.json().getJsonArray("value")).hasSize(100);
        String next = first.json().getString("@odata.nextLink");
        assertThat(next)
                .startsWith(simulator.baseUri() + "/v1.0/users?")
                .contains("$select=id,displayName")
                .contains("$skiptoken=");

        SimulatorClient.Answer second = client.get(next, token);
        assertThat(second.json().getJsonArray("value").getJsonObject(0).keySet())
                .containsExactly("id", "displayName");
    }

    @Test
    void selectedPropertiesAreWrittenInGraphShapes() throws Exception {
        List<JsonObject> users = client
                .get(
                        "/v1.0/users?$select=id,displayName,userPrincipalName,mail,accountEnabled,"
                                + "department,assignedLicenses,licenseAssignmentStates&$top=50",
                        token)
                .json()
                .getJsonArray("value")
                .stream()
                .map(JsonValue::asJsonObject)
                .toList();
        JsonObject user = users.stream()
                .filter(u -> !u.getJsonArray("assignedLicenses").isEmpty())
                .findFirst()
                .orElseThrow();

        for (JsonObject each : users) {
            boolean enabledInTenant =
                    tenant.read(t -> t.user(each.getString("id")).accountEnabled());
            assertThat(each.getBoolean("accountEnabled"))
                    .as(each.getString("id"))
                    .isEqualTo(enabledInTenant);
        }
        assertThat(user.getJsonArray("assignedLicenses").getJsonObject(0).keySet())
                .containsExactly("disabledPlans", "skuId");
        assertThat(user.getJsonArray("licenseAssignmentStates").getJsonObject(0).keySet())
                .contains("assignedByGroup", "skuId", "state");
    }

    @Test
    void withoutSelectGraphsDefaultPropertiesComeBack() throws Exception {
        JsonObject user = client.get("/v1.0/users?$top=1", token)
                .json()
                .getJsonArray("value")
                .getJsonObject(0);
        assertThat(user.keySet())
                .contains("id", "displayName", "userPrincipalName", "businessPhones")
                .doesNotContain("assignedLicenses", "accountEnabled");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000", "0", "-5", "many"})
    void pageSizeOutsideOneTo999IsRefusedLikeGraph(String top) throws Exception {
        SimulatorClient.Answer answer = client.get("/v1.0/users?$top=" + top, token);
        assertThat(answer.status()).isEqualTo(400);
        JsonObject error = answer.json().getJsonObject("error");
        assertThat(error.getString("code")).isEqualTo("Request_UnsupportedQuery");
        assertThat(error.getString("message"))
                .isEqualTo("Invalid page size specified: '" + top + "'. Must be between 1 and 999 inclusive.");
        assertThat(error.getJsonObject("innerError").keySet()).contains("date", "request-id", "client-request-id");
    }

    @Test
    void unknownPropertyAndBadSkipTokenAreRefused() throws Exception {
        SimulatorClient.Answer select = client.get("/v1.0/users?$select=id,shoeSize", token);
        assertThat(select.status()).isEqualTo(400);
        assertThat(select.json().getJsonObject("error").getString("message")).contains("'shoeSize'");
        assertThat(client.get("/v1.0/users?$skiptoken=garbage", token).status()).isEqualTo(400);
    }

    @Test
    void graphNeedsAValidUnexpiredToken() throws Exception {
        SimulatorClient.Answer none = client.get("/v1.0/subscribedSkus", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().getJsonObject("error").getString("code")).isEqualTo("InvalidAuthenticationToken");
        assertThat(client.get("/v1.0/subscribedSkus", "sim.forged").status()).isEqualTo(401);

        Duration normal = simulator.tokens().lifetime();
        simulator.tokens().lifetime(Duration.ofMillis(1));
        String shortLived = client.token(tenant);
        simulator.tokens().lifetime(normal);
        Thread.sleep(20);
        SimulatorClient.Answer expired = client.get("/v1.0/subscribedSkus", shortLived);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().getJsonObject("error").getString("message")).contains("expired");
    }

    @Test
    void a401CarriesGraphsBearerChallenge() throws Exception {
        SimulatorClient.Answer rejected = client.get("/v1.0/users", "sim.forged");

        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected.header("WWW-Authenticate"))
                .isEqualTo("Bearer realm=\"\", authorization_uri=\"" + simulator.baseUri()
                        + "/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");
        assertThat(client.get("/v1.0/users?$top=0", token).header("WWW-Authenticate"))
                .isNull();
    }

    @Test
    void subscribedSkusAndSubscriptionsAgreeWithTheTenant() throws Exception {
        List<JsonObject> skus = client.get("/v1.0/subscribedSkus", token).json().getJsonArray("value").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertThat(skus).hasSize(10);
        for (JsonObject sku : skus) {
            String skuId = sku.getString("skuId");
            long holders = tenant.read(t -> t.userSlots().stream()
                    .filter(u -> !u.deleted())
                    .filter(u ->
                            u.assignments().stream().anyMatch(a -> a.skuId().equals(skuId)))
                    .count());
            assertThat(sku.getInt("consumedUnits"))
                    .as(sku.getString("skuPartNumber"))
                    .isEqualTo((int) holders);
            assertThat(sku.getString("id")).isEqualTo(tenant.id() + "_" + skuId);
            assertThat(sku.getJsonObject("prepaidUnits").keySet())
                    .containsExactlyInAnyOrder("enabled", "suspended", "warning", "lockedOut");
        }
        List<JsonObject> subscriptions =
                client.get("/v1.0/directory/subscriptions", token).json().getJsonArray("value").stream()
                        .map(JsonValue::asJsonObject)
                        .toList();
        // The first SKU is backed by two subscriptions.
        assertThat(subscriptions)
                .hasSize(11)
                .anySatisfy(s -> assertThat(s.getBoolean("isTrial")).isTrue());
        assertThat(subscriptions)
                .allSatisfy(s -> assertThat(s.keySet())
                        .contains(
                                "skuId",
                                "skuPartNumber",
                                "status",
                                "totalLicenses",
                                "createdDateTime",
                                "nextLifecycleDateTime"));
    }
}
