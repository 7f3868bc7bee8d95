package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Graph's request ids on every answer, the latency setting, and the server's TCP_NODELAY. */
class RequestIdsAndLatencyTest {

    private static GraphSimulator simulator;
    private static Tenant tenant;
    private static SimulatorClient client;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        simulator = GraphSimulator.start(0);
        tenant = simulator.addTenant(TenantSpec.of(31, 20, 3));
        client = new SimulatorClient(simulator);
        token = client.token(tenant);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @AfterEach
    void noLatency() {
        simulator.latency().set(Duration.ZERO);
    }

    @Test
    void everyGraphAnswerCarriesANewRequestIdAndTheClientsOwn() throws Exception {
        SimulatorClient.Answer first = client.get("/v1.0/subscribedSkus", token);
        SimulatorClient.Answer second = client.get("/v1.0/users", token);
        SimulatorClient.Answer refused = client.get("/v1.0/users", null);
        String mine = UUID.randomUUID().toString();
        SimulatorClient.Answer echoed =
                client.send(HttpRequest.newBuilder(simulator.baseUri().resolve("/v1.0/subscribedSkus"))
                        .header("Authorization", "Bearer " + token)
                        .header("client-request-id", mine)
                        .GET());

        assertThat(first.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        for (SimulatorClient.Answer answer : new SimulatorClient.Answer[] {first, second, refused}) {
            assertThat(UUID.fromString(answer.header("request-id")).toString()).isEqualTo(answer.header("request-id"));
            assertThat(answer.header("client-request-id")).isEqualTo(answer.header("request-id"));
        }
        assertThat(first.header("request-id")).isNotEqualTo(second.header("request-id"));
        assertThat(echoed.header("client-request-id")).isEqualTo(mine);
        assertThat(echoed.header("request-id")).isNotEqualTo(mine);
    }

    @Test
    void theControlApiSetsALatencyEveryTokenAndGraphAnswerWaits() throws Exception {
        assertThat(client.control("PUT", "latency", "{\"millis\": 300}").status())
                .isEqualTo(204);
        assertThat(client.control("GET", "latency", null).json().getInt("millis"))
                .isEqualTo(300);

        long start = System.nanoTime();
        String slowToken = client.token(tenant);
        long tokenMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        SimulatorClient.Answer users = client.get("/v1.0/users", slowToken);
        long graphMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(users.status()).isEqualTo(200);
        assertThat(tokenMillis).isGreaterThanOrEqualTo(300);
        assertThat(graphMillis).isGreaterThanOrEqualTo(300);
        assertThat(simulator.latency().delay()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aLatencyThatIsNotAWholeNonNegativeNumberOfMillisecondsIsRefused() throws Exception {
        SimulatorClient.Answer negative = client.control("PUT", "latency", "{\"millis\": -5}");
        SimulatorClient.Answer fraction = client.control("PUT", "latency", "{\"millis\": 2.5}");

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().getString("error")).contains("cannot be negative");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(simulator.latency().delay()).isEqualTo(Duration.ZERO);
    }

    @Test
    void theServerSendsSmallAnswersAtOnce() {
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
    }
}
