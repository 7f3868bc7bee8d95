package dev.itam.m365.graph.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.GraphSettings;
import dev.itam.m365.graph.MovableClock;
import dev.itam.m365.graph.Retrying;
import dev.itam.m365.graph.TestConfig;
import dev.itam.m365.simulator.GraphSimulator;
import dev.itam.m365.simulator.fault.Endpoint;
import dev.itam.m365.simulator.fault.Fault;
import dev.itam.m365.simulator.fault.FaultKind;
import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TokenService with MSAL4J against the simulator, whose login URL carries a port, and against a login server that is down. */
class TokenServiceTest {

    private static GraphSimulator simulator;
    private static Tenant tenant;
    private static Path trustStore;

    private final MovableClock clock = new MovableClock(Instant.now());
    private final List<Duration> pauses = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        simulator = GraphSimulator.start(0);
        tenant = simulator.addTenant(TenantSpec.of(31, 20, 3));
        trustStore = Files.createTempFile("simulator", ".p12");
        simulator.tls().writeTrustStore(trustStore, "changeit".toCharArray());
    }

    @AfterAll
    static void stop() throws IOException {
        simulator.close();
        Files.delete(trustStore);
    }

    @AfterEach
    void clearFaults() {
        simulator.faults().clear();
    }

    private TokenService tokens(String loginUrl, Map<String, String> overrides) {
        Map<String, String> config = new HashMap<>(overrides);
        config.put("m365.graph.login-url", loginUrl);
        config.put("m365.tls.trust-store", trustStore.toString());
        config.put("m365.tls.trust-store-password", "changeit");
        GraphSettings settings = new GraphSettings(TestConfig.defaultsWith(config));
        return new TokenService(settings, clock, new Retrying(settings, pauses::add));
    }

    private TokenService simulatorTokens() {
        return tokens(simulator.baseUri().toString(), Map.of());
    }

    private static TenantAccess access(String cacheKey) {
        AppRegistration app = tenant.apps().iterator().next();
        return new TenantAccess(
                tenant.id(),
                app.clientId(),
                NationalCloud.GLOBAL,
                new SignInCredential.Secret(app.firstSecret().value()),
                Optional.of(cacheKey));
    }

    private static long tokenRequests() {
        return simulator.faults().requestCount(Endpoint.TOKEN);
    }

    // ---- one token per portal per token lifetime ----

    @Test
    void twoAcquisitionsWithinTheLifetimeMakeOneTokenRequestThoughTheLoginUrlHasAPort() {
        assertThat(simulator.baseUri().getPort()).isPositive();
        TokenService tokens = simulatorTokens();
        TenantAccess access = access("portal:1:1000");
        long before = tokenRequests();

        String first = tokens.accessToken(access, tokens.retrying.budget());
        clock.advance(simulator.tokens().lifetime().minus(Duration.ofMinutes(6)));
        String second = tokens.accessToken(access, tokens.retrying.budget());

        assertThat(second).isEqualTo(first);
        assertThat(tokenRequests() - before).isEqualTo(1);
    }

    @Test
    void aTokenWithLessThanFiveMinutesLeftIsRenewed() {
        TokenService tokens = simulatorTokens();
        TenantAccess access = access("portal:2:1000");
        long before = tokenRequests();

        String first = tokens.accessToken(access, tokens.retrying.budget());
        clock.advance(simulator.tokens().lifetime().minus(Duration.ofMinutes(4)));
        String renewed = tokens.accessToken(access, tokens.retrying.budget());
        String again = tokens.accessToken(access, tokens.retrying.budget());

        assertThat(renewed).isNotEqualTo(first);
        assertThat(again).isEqualTo(renewed);
        assertThat(tokenRequests() - before).isEqualTo(2);
    }

    @Test
    void aTokenGraphRejectedIsRenewedOnce() {
        TokenService tokens = simulatorTokens();
        TenantAccess access = access("portal:3:1000");
        long before = tokenRequests();

        String rejected = tokens.accessToken(access, tokens.retrying.budget());
        String renewed = tokens.renewedToken(access, rejected, tokens.retrying.budget());
        String renewedByAnotherCall = tokens.renewedToken(access, rejected, tokens.retrying.budget());

        assertThat(renewed).isNotEqualTo(rejected);
        assertThat(renewedByAnotherCall).isEqualTo(renewed);
        assertThat(tokenRequests() - before).isEqualTo(2);
    }

    @Test
    void theClientOfAPortalsPreviousCredentialVersionIsDropped() {
        TokenService tokens = simulatorTokens();
        long before = tokenRequests();

        String oldVersion = tokens.accessToken(access("portal:4:1000"), tokens.retrying.budget());
        tokens.accessToken(access("portal:4:2000"), tokens.retrying.budget());
        tokens.accessToken(access("portal:44:1000"), tokens.retrying.budget());
        String oldVersionAgain = tokens.accessToken(access("portal:4:1000"), tokens.retrying.budget());

        assertThat(oldVersionAgain).isNotEqualTo(oldVersion);
        assertThat(tokenRequests() - before).isEqualTo(4);
        assertThat(tokens.accessToken(access("portal:44:1000"), tokens.retrying.budget()))
                .isNotBlank();
        assertThat(tokenRequests() - before).isEqualTo(4);
    }

    // ---- error answers of the login server ----

    @Test
    void anErrorAnswerNotInEntrasShapeIsUnreadableAndNamesItsStatus() {
        TokenService tokens = simulatorTokens();
        simulator.faults().inject(Endpoint.TOKEN, Fault.malformedError(400), 1);
        long before = tokenRequests();

        assertThatThrownBy(() -> tokens.accessToken(access("portal:9:1000"), tokens.retrying.budget()))
                .isInstanceOfSatisfying(GraphFailure.class, f -> {
                    assertThat(f.category()).isEqualTo(FailureCategory.ERROR_UNREADABLE);
                    assertThat(f.isTransient()).isFalse();
                    assertThat(f)
                            .hasMessage(
                                    "The login server " + simulator.authority(tenant)
                                            + " answered HTTP 400 with a response that is not an Entra ID error"
                                            + " (application/json), so no access token was issued. Check"
                                            + " m365.graph.login-url and any proxy between this server and Microsoft Entra ID.");
                });

        assertThat(tokenRequests() - before).isEqualTo(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void anEntraErrorAnswerKeepsItsCategory() {
        TokenService tokens = simulatorTokens();
        AppRegistration app = tenant.apps().iterator().next();
        TenantAccess wrongSecret = new TenantAccess(
                tenant.id(),
                app.clientId(),
                NationalCloud.GLOBAL,
                new SignInCredential.Secret("not-the-secret"),
                Optional.of("portal:10:1000"));

        assertThatThrownBy(() -> tokens.accessToken(wrongSecret, tokens.retrying.budget()))
                .isInstanceOfSatisfying(GraphFailure.class, f -> {
                    assertThat(f.category()).isEqualTo(FailureCategory.SECRET_INVALID);
                    assertThat(f).hasMessageContaining("Entra ID said: AADSTS7000215: ");
                });
        assertThat(pauses).isEmpty();
    }

    // ---- one retry budget per call ----

    @Test
    void entraAnsweringGatewayTimeoutGetsFiveRequestsWithoutMsalsOwnRetry() {
        TokenService tokens = simulatorTokens();
        simulator.faults().inject(Endpoint.TOKEN, Fault.of(FaultKind.GATEWAY_TIMEOUT), 20);
        long before = tokenRequests();

        assertThatThrownBy(() -> tokens.accessToken(access("portal:5:1000"), tokens.retrying.budget()))
                .isInstanceOfSatisfying(
                        GraphFailure.class, f -> assertThat(f.isTransient()).isTrue());

        assertThat(tokenRequests() - before).isEqualTo(5);
        assertThat(pauses)
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void loginServerDownWithDefaultSettingsMeansFiveAttemptsAndFifteenSecondsOfBackOff() throws Exception {
        try (DroppingServer login = new DroppingServer()) {
            TokenService tokens = tokens(login.url(), Map.of());

            assertThatThrownBy(() -> tokens.accessToken(access("portal:6:1000"), tokens.retrying.budget()))
                    .isInstanceOfSatisfying(
                            GraphFailure.class,
                            f -> assertThat(f.category()).isEqualTo(FailureCategory.CONNECTION_FAILED));

            assertThat(login.connections()).isEqualTo(5);
            assertThat(pauses)
                    .containsExactly(
                            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
            assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(15));
        }
    }

    @Test
    void theTotalBackOffBoundsTheRetriesBeforeTheirNumberDoes() throws Exception {
        try (DroppingServer login = new DroppingServer()) {
            TokenService tokens = tokens(login.url(), Map.of("m365.graph.max-total-retry-delay", "PT5S"));

            assertThatThrownBy(() -> tokens.accessToken(access("portal:7:1000"), tokens.retrying.budget()))
                    .isInstanceOf(GraphFailure.class);

            assertThat(login.connections()).isEqualTo(3);
            assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void anUnreachableLoginServerIsRetriedWithinTheBudgetToo() throws Exception {
        int unused;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unused = probe.getLocalPort();
        }
        TokenService tokens = tokens("https://127.0.0.1:" + unused, Map.of());

        assertThatThrownBy(() -> tokens.accessToken(access("portal:8:1000"), tokens.retrying.budget()))
                .isInstanceOfSatisfying(
                        GraphFailure.class,
                        f -> assertThat(f).hasMessageContaining("Could not connect to the login server"));

        assertThat(pauses).hasSize(4);
    }

    /** A login server that accepts connections and closes them at once, counting them. */
    private static final class DroppingServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor = new Thread(this::accept, "dropping-login-server");

        DroppingServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "https://127.0.0.1:" + socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    connections.incrementAndGet();
                    client.close();
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
