package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.simulator.fault.Endpoint;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault kind, injected through the control API for the next request of an endpoint. */
class FaultTest {

    private static GraphSimulator simulator;
    private static Tenant tenant;
    private static SimulatorClient client;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        simulator = GraphSimulator.start(0);
        tenant = simulator.addTenant(TenantSpec.of(9, 30, 4));
        client = new SimulatorClient(simulator);
        token = client.token(tenant);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void clearFaults() throws Exception {
        client.control("DELETE", "faults", null);
    }

    private void inject(String endpoint, String kind, String extra) throws Exception {
        String body = "{\"endpoint\":\"" + endpoint + "\",\"kind\":\"" + kind + "\",\"count\":1" + extra + "}";
        assertThat(client.control("POST", "faults", body).status()).isEqualTo(204);
    }

    private SimulatorClient.Answer skus() throws Exception {
        return client.get("/v1.0/subscribedSkus", token);
    }

    @Test
    void throttlingAnswers429WithRetryAfterThenRecovers() throws Exception {
        inject("SUBSCRIBED_SKUS", "THROTTLE", ",\"retryAfterSeconds\":7");
        SimulatorClient.Answer throttled = skus();
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("7");
        assertThat(throttled.json().getJsonObject("error").getString("code")).isEqualTo("TooManyRequests");
        assertThat(skus().status()).isEqualTo(200);
    }

    @Test
    void serverErrorsCarryGraphsErrorShape() throws Exception {
        inject("SUBSCRIBED_SKUS", "SERVER_ERROR", "");
        inject("SUBSCRIBED_SKUS", "SERVICE_UNAVAILABLE", ",\"retryAfterSeconds\":2");
        inject("SUBSCRIBED_SKUS", "GATEWAY_TIMEOUT", "");

        assertThat(skus().status()).isEqualTo(500);
        SimulatorClient.Answer unavailable = skus();
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.header("Retry-After")).isEqualTo("2");
        SimulatorClient.Answer timeout = skus();
        assertThat(timeout.status()).isEqualTo(504);
        assertThat(timeout.json().getJsonObject("error").getString("code")).isEqualTo("GatewayTimeout");
    }

    /** The JDK's HTTP client repeats a GET once when the connection drops, so two faults are needed. */
    @Test
    void connectionResetGivesNoResponseAtAll() throws Exception {
        assertThat(client.control(
                                "POST", "faults", "{\"endpoint\":\"USERS\",\"kind\":\"CONNECTION_RESET\",\"count\":2}")
                        .status())
                .isEqualTo(204);
        long before = simulator.faults().requestCount(Endpoint.USERS);

        assertThatThrownBy(() -> client.get("/v1.0/users", token)).isInstanceOf(IOException.class);

        assertThat(simulator.faults().requestCount(Endpoint.USERS)).isEqualTo(before + 2);
        assertThat(client.get("/v1.0/users", token).status()).isEqualTo(200);
    }

    @Test
    void delayPausesBeforeTheNormalAnswer() throws Exception {
        inject("USERS", "DELAY", ",\"delayMillis\":400");
        long start = System.nanoTime();
        SimulatorClient.Answer answer = client.get("/v1.0/users", token);
        assertThat(answer.status()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
    }

    @Test
    void malformedSuccessIsA200ThatIsNotJson() throws Exception {
        inject("USERS_DELTA", "MALFORMED_SUCCESS", "");
        SimulatorClient.Answer answer = client.get("/v1.0/users/delta", token);
        assertThat(answer.status()).isEqualTo(200);
        assertThatThrownBy(answer::parse).isInstanceOf(JsonParsingException.class);
    }

    @Test
    void malformedErrorHasTheRequestedStatusAndNoErrorShape() throws Exception {
        inject("SUBSCRIPTIONS", "MALFORMED_ERROR", ",\"status\":502");
        SimulatorClient.Answer answer = client.get("/v1.0/directory/subscriptions", token);
        assertThat(answer.status()).isEqualTo(502);
        assertThatThrownBy(answer::parse).isInstanceOf(JsonParsingException.class);
    }

    @Test
    void tokenEndpointFaultsUseEntrasShape() throws Exception {
        inject("TOKEN", "SERVICE_UNAVAILABLE", "");
        var app = tenant.apps().iterator().next();
        SimulatorClient.Answer answer = client.tokenRequest(
                tenant.id(),
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        app.clientId(),
                        "client_secret",
                        app.firstSecret().value(),
                        "scope",
                        "https://graph.microsoft.com/.default"));
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().getString("error")).isEqualTo("temporarily_unavailable");
        assertThat(answer.json().getString("error_description")).startsWith("AADSTS");
    }

    @Test
    void faultsApplyToTheNamedEndpointOnlyAndForTheGivenCount() throws Exception {
        assertThat(client.control("POST", "faults", "{\"endpoint\":\"USERS\",\"kind\":\"SERVER_ERROR\",\"count\":2}")
                        .status())
                .isEqualTo(204);
        assertThat(skus().status()).isEqualTo(200);
        assertThat(client.get("/v1.0/users", token).status()).isEqualTo(500);
        assertThat(client.get("/v1.0/users", token).status()).isEqualTo(500);
        assertThat(client.get("/v1.0/users", token).status()).isEqualTo(200);
    }

    @Test
    void requestsAreCountedPerEndpoint() throws Exception {
        long before = simulator.faults().requestCount(Endpoint.SUBSCRIPTIONS);
        client.get("/v1.0/directory/subscriptions", token);
        client.get("/v1.0/directory/subscriptions", token);
        assertThat(client.control("GET", "requests", null)
                        .json()
                        .getJsonNumber("SUBSCRIPTIONS")
                        .longValue())
                .isEqualTo(before + 2);
    }
}
