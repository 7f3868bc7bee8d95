package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The identity service's throttling over HTTP: costs, the usage header, 429 with Graph's headers. */
class ThrottlingTest {

    private static GraphSimulator simulator;
    private static SimulatorClient client;

    @BeforeAll
    static void start() throws Exception {
        simulator = GraphSimulator.start(0);
        client = new SimulatorClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void everyAnswerNamesItsCostAndAnAppOverItsLimitGets429WithTheScopeAndAWait() throws Exception {
        Tenant tenant = simulator.addTenant(TenantSpec.of(41, 30, 2));
        String token = client.token(tenant);
        SimulatorClient.Answer users = client.get("/v1.0/users", token);
        assertThat(users.header("x-ms-resource-unit")).isEqualTo("2");
        assertThat(users.header("x-ms-throttle-limit-percentage")).isNull();
        assertThat(client.get("/v1.0/subscribedSkus", token).header("x-ms-resource-unit"))
                .isEqualTo("3");
        assertThat(client.get("/v1.0/users?$select=id,displayName&$top=999", token)
                        .header("x-ms-resource-unit"))
                .isEqualTo("1");

        assertThat(client.control(
                                "PUT", "tenants/" + tenant.id() + "/throttling", "{\"resourceUnitsPer10Seconds\": 10}")
                        .status())
                .isEqualTo(204);
        SimulatorClient.Answer nearly = null;
        for (int i = 0; i < 9; i++) {
            nearly = client.get("/v1.0/users?$select=id", token);
        }
        assertThat(nearly.status()).isEqualTo(200);
        assertThat(Double.parseDouble(nearly.header("x-ms-throttle-limit-percentage")))
                .isGreaterThan(0.8)
                .isLessThanOrEqualTo(0.9);

        // nine units used of ten, draining one a second: three more are over the limit
        SimulatorClient.Answer refused = client.get("/v1.0/subscribedSkus", token);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().getJsonObject("error").getString("code")).isEqualTo("TooManyRequests");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 10L);
        String appId = tenant.apps().iterator().next().clientId();
        assertThat(refused.header("x-ms-throttle-scope"))
                .isEqualTo("Tenant_Application/ReadWrite/" + appId + "/" + tenant.id());
        assertThat(refused.header("x-ms-throttle-information")).isEqualTo("ResourceUnitLimitExceeded");
        assertThat(client.control("GET", "tenants/" + tenant.id() + "/throttling", null)
                        .json()
                        .getInt("throttledResponses"))
                .isGreaterThanOrEqualTo(1);

        assertThat(client.control("DELETE", "tenants/" + tenant.id() + "/throttling", null)
                        .status())
                .isEqualTo(204);
        assertThat(client.get("/v1.0/users", token).status()).isEqualTo(200);
    }

    @Test
    void lowPriorityRequestsAreRefusedBeforeNormalOnes() throws Exception {
        Tenant tenant = simulator.addTenant(TenantSpec.of(42, 30, 2));
        String token = client.token(tenant);
        client.control("PUT", "tenants/" + tenant.id() + "/throttling", "{\"resourceUnitsPer10Seconds\": 100}");
        // 96 units of 100, draining ten a second: over the 90 % where low priority stops, under the limit
        for (int i = 0; i < 32; i++) {
            client.get("/v1.0/subscribedSkus", token);
        }
        SimulatorClient.Answer low =
                client.send(HttpRequest.newBuilder(simulator.baseUri().resolve("/v1.0/users?$select=id"))
                        .header("Authorization", "Bearer " + token)
                        .header("x-ms-throttle-priority", "low")
                        .GET());
        SimulatorClient.Answer normal = client.get("/v1.0/users?$select=id", token);

        assertThat(low.status()).isEqualTo(429);
        assertThat(normal.status()).isEqualTo(200);
    }
}
