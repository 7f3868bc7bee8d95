package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalServiceException;
import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MSAL4J 1.26, the library the plugin uses, as the client of the simulated token endpoint. */
class MsalTokenTest {

    private static final String GRAPH = "https://graph.microsoft.com/.default";
    private static GraphSimulator simulator;
    private static Tenant tenant;
    private static AppRegistration app;
    private static SimulatorClient client;

    @BeforeAll
    static void start() throws Exception {
        simulator = GraphSimulator.start(0);
        tenant = simulator.addTenant(TenantSpec.of(11, 40, 6));
        app = tenant.apps().iterator().next();
        client = new SimulatorClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static IAuthenticationResult acquire(
            String authority, String clientId, IClientCredential credential, String scope) throws Exception {
        ConfidentialClientApplication msal = ConfidentialClientApplication.builder(clientId, credential)
                .authority(authority)
                .instanceDiscovery(false)
                .sslSocketFactory(simulator.tls().clientContext().getSocketFactory())
                .build();
        try {
            return msal.acquireToken(
                            ClientCredentialParameters.builder(Set.of(scope)).build())
                    .get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static IAuthenticationResult acquire(IClientCredential credential) throws Exception {
        return acquire(simulator.authority(tenant), app.clientId(), credential, GRAPH);
    }

    @Test
    void clientSecretGivesATokenGraphAccepts() throws Exception {
        IAuthenticationResult result = acquire(
                ClientCredentialFactory.createFromSecret(app.firstSecret().value()));

        assertThat(result.accessToken()).startsWith("sim.");
        assertThat(result.expiresOnDate()).isInTheFuture();
        assertThat(client.get("/v1.0/subscribedSkus", result.accessToken()).status())
                .isEqualTo(200);
    }

    @Test
    void registeredCertificateGivesAToken() throws Exception {
        TestCertificates.Issued issued = TestCertificates.rsa("msal-client");
        AppRegistration certificateApp = tenant.registerApp(UUID.randomUUID().toString(), "cert app");
        certificateApp.addCertificate(issued.certificate());

        IAuthenticationResult result = acquire(
                simulator.authority(tenant),
                certificateApp.clientId(),
                ClientCredentialFactory.createFromCertificate(
                        (RSAPrivateKey) issued.keys().getPrivate(), issued.certificate()),
                GRAPH);

        assertThat(client.get("/v1.0/users", result.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void tenantCanBeNamedByItsDomain() throws Exception {
        String authority = simulator.baseUri() + "/" + tenant.domain() + "/";
        assertThat(acquire(
                                authority,
                                app.clientId(),
                                ClientCredentialFactory.createFromSecret(
                                        app.firstSecret().value()),
                                GRAPH)
                        .accessToken())
                .isNotBlank();
    }

    private static void assertAadsts(ThrowingCall call, String code, String error) {
        assertThatThrownBy(call::run)
                .isInstanceOf(MsalServiceException.class)
                .hasMessageContaining("AADSTS" + code)
                .satisfies(
                        e -> assertThat(((MsalServiceException) e).errorCode()).isEqualTo(error));
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void unknownTenant() {
        String authority = simulator.baseUri() + "/" + UUID.randomUUID() + "/";
        assertAadsts(
                () -> acquire(authority, app.clientId(), ClientCredentialFactory.createFromSecret("x"), GRAPH),
                "90002",
                "invalid_request");
    }

    @Test
    void unknownApplication() {
        assertAadsts(
                () -> acquire(
                        simulator.authority(tenant),
                        UUID.randomUUID().toString(),
                        ClientCredentialFactory.createFromSecret("x"),
                        GRAPH),
                "700016",
                "unauthorized_client");
    }

    @Test
    void wrongSecret() {
        assertAadsts(
                () -> acquire(ClientCredentialFactory.createFromSecret("not-the-secret")), "7000215", "invalid_client");
    }

    @Test
    void secretIdInsteadOfValueIsAWrongSecret() {
        assertAadsts(
                () -> acquire(ClientCredentialFactory.createFromSecret(
                        app.firstSecret().secretId())),
                "7000215",
                "invalid_client");
    }

    @Test
    void expiredSecret() {
        AppRegistration expiring = tenant.registerApp(UUID.randomUUID().toString(), "expired");
        expiring.addSecret(
                new AppRegistration.Secret("id", "old-secret", Instant.now().minusSeconds(60)));
        assertAadsts(
                () -> acquire(
                        simulator.authority(tenant),
                        expiring.clientId(),
                        ClientCredentialFactory.createFromSecret("old-secret"),
                        GRAPH),
                "7000222",
                "invalid_client");
    }

    @Test
    void unregisteredCertificate() {
        TestCertificates.Issued unknown = TestCertificates.rsa("unknown");
        assertAadsts(
                () -> acquire(ClientCredentialFactory.createFromCertificate(
                        (RSAPrivateKey) unknown.keys().getPrivate(), unknown.certificate())),
                "700027",
                "invalid_client");
    }

    @Test
    void assertionSignedWithAnotherKey() {
        TestCertificates.Issued registered = TestCertificates.rsa("registered");
        TestCertificates.Issued other = TestCertificates.rsa("other");
        AppRegistration certificateApp = tenant.registerApp(UUID.randomUUID().toString(), "signed wrong");
        certificateApp.addCertificate(registered.certificate());
        assertThatThrownBy(() -> acquire(
                        simulator.authority(tenant),
                        certificateApp.clientId(),
                        ClientCredentialFactory.createFromCertificate(
                                (RSAPrivateKey) other.keys().getPrivate(), registered.certificate()),
                        GRAPH))
                .isInstanceOf(MsalServiceException.class)
                .hasMessageContaining("AADSTS700027")
                .hasMessageContaining("signature");
    }

    @Test
    void invalidScope() {
        assertAadsts(
                () -> acquire(
                        simulator.authority(tenant),
                        app.clientId(),
                        ClientCredentialFactory.createFromSecret(
                                app.firstSecret().value()),
                        "https://graph.microsoft.com/User.Read"),
                "70011",
                "invalid_scope");
    }

    @Test
    void noCredentialAtAll() throws Exception {
        SimulatorClient.Answer answer = client.tokenRequest(
                tenant.id(), Map.of("grant_type", "client_credentials", "client_id", app.clientId(), "scope", GRAPH));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().getString("error")).isEqualTo("invalid_client");
        assertThat(answer.json().getJsonArray("error_codes").getInt(0)).isEqualTo(7000218);
        assertThat(answer.json().getString("error_description")).startsWith("AADSTS7000218:");
        assertThat(answer.json().keySet()).contains("timestamp", "trace_id", "correlation_id");
    }
}
