package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Client assertions built by hand, to cover what one client library alone would not send. */
class ClientAssertionTest {

    private static GraphSimulator simulator;
    private static Tenant tenant;
    private static AppRegistration app;
    private static TestCertificates.Issued certificate;
    private static SimulatorClient client;

    @BeforeAll
    static void start() throws Exception {
        simulator = GraphSimulator.start(0);
        tenant = simulator.addTenant(TenantSpec.of(5, 10, 3));
        certificate = TestCertificates.rsa("assertion-test");
        app = tenant.registerApp(UUID.randomUUID().toString(), "assertion app");
        app.addCertificate(certificate.certificate());
        client = new SimulatorClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private String tokenUrl() {
        return simulator.baseUri() + "/" + tenant.id() + "/oauth2/v2.0/token";
    }

    private JsonObjectBuilder claims() {
        long now = Instant.now().getEpochSecond();
        return Json.createObjectBuilder()
                .add("aud", tokenUrl())
                .add("iss", app.clientId())
                .add("sub", app.clientId())
                .add("jti", UUID.randomUUID().toString())
                .add("nbf", now)
                .add("exp", now + 600);
    }

    private static String thumbprint(String algorithm, boolean urlSafe, boolean padded) throws Exception {
        byte[] digest = MessageDigest.getInstance(algorithm)
                .digest(certificate.certificate().getEncoded());
        Base64.Encoder encoder = urlSafe ? Base64.getUrlEncoder() : Base64.getEncoder();
        return (padded ? encoder : encoder.withoutPadding()).encodeToString(digest);
    }

    private static String jwt(
            String alg, String thumbprintHeader, String thumbprint, JsonObjectBuilder claims, PrivateKey key)
            throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = Json.createObjectBuilder()
                .add("alg", alg)
                .add("typ", "JWT")
                .add(thumbprintHeader, thumbprint)
                .build()
                .toString();
        String signed = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.build().toString().getBytes(StandardCharsets.UTF_8));
        Signature signature;
        if (alg.equals("PS256")) {
            signature = Signature.getInstance("RSASSA-PSS");
            signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        } else {
            signature = Signature.getInstance("SHA256withRSA");
        }
        signature.initSign(key);
        signature.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + url.encodeToString(signature.sign());
    }

    private SimulatorClient.Answer redeem(String assertion) throws Exception {
        return client.tokenRequest(
                tenant.id(),
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        app.clientId(),
                        "scope",
                        "https://graph.microsoft.com/.default",
                        "client_assertion_type",
                        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                        "client_assertion",
                        assertion));
    }

    @ParameterizedTest
    @CsvSource({
        "RS256, x5t#S256, SHA-256, false, true",
        "RS256, x5t#S256, SHA-256, true, false",
        "PS256, x5t#S256, SHA-256, false, false",
        "PS256, x5t, SHA-1, true, false",
        "RS256, x5t, SHA-1, false, true"
    })
    void acceptsEverySignatureAndThumbprintForm(
            String alg, String header, String digest, boolean urlSafe, boolean padded) throws Exception {
        SimulatorClient.Answer answer = redeem(jwt(
                alg,
                header,
                thumbprint(digest, urlSafe, padded),
                claims(),
                certificate.keys().getPrivate()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getString("token_type")).isEqualTo("Bearer");
    }

    private static int code(SimulatorClient.Answer answer) {
        return answer.json().getJsonArray("error_codes").getInt(0);
    }

    @Test
    void expiredAssertionIsOutOfItsTimeRange() throws Exception {
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        SimulatorClient.Answer answer = redeem(jwt(
                "RS256",
                "x5t#S256",
                thumbprint("SHA-256", false, true),
                claims().add("nbf", past - 600).add("exp", past),
                certificate.keys().getPrivate()));
        assertThat(code(answer)).isEqualTo(700024);
    }

    @Test
    void assertionForAnotherAudienceIsRefused() throws Exception {
        SimulatorClient.Answer answer = redeem(jwt(
                "RS256",
                "x5t#S256",
                thumbprint("SHA-256", false, true),
                claims().add("aud", "https://login.microsoftonline.com/other/oauth2/v2.0/token"),
                certificate.keys().getPrivate()));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(code(answer)).isEqualTo(700027);
        assertThat(answer.json().getString("error_description")).contains("audience");
    }

    @Test
    void issuerMustBeTheClient() throws Exception {
        SimulatorClient.Answer answer = redeem(jwt(
                "RS256",
                "x5t#S256",
                thumbprint("SHA-256", false, true),
                claims().add("iss", UUID.randomUUID().toString()),
                certificate.keys().getPrivate()));
        assertThat(code(answer)).isEqualTo(700021);
    }

    @Test
    void expiredRegisteredCertificateIsRefused() throws Exception {
        TestCertificates.Issued old = TestCertificates.rsaValidBetween(
                "old", Instant.now().minusSeconds(86_400 * 30), Instant.now().minusSeconds(60));
        AppRegistration oldApp = tenant.registerApp(UUID.randomUUID().toString(), "old cert");
        oldApp.addCertificate(old.certificate());
        byte[] digest =
                MessageDigest.getInstance("SHA-256").digest(old.certificate().getEncoded());
        long now = Instant.now().getEpochSecond();
        String assertion = jwt(
                "RS256",
                "x5t#S256",
                Base64.getEncoder().encodeToString(digest),
                Json.createObjectBuilder()
                        .add("aud", tokenUrl())
                        .add("iss", oldApp.clientId())
                        .add("sub", oldApp.clientId())
                        .add("nbf", now)
                        .add("exp", now + 600),
                old.keys().getPrivate());
        SimulatorClient.Answer answer = client.tokenRequest(
                tenant.id(),
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        oldApp.clientId(),
                        "scope",
                        "https://graph.microsoft.com/.default",
                        "client_assertion_type",
                        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                        "client_assertion",
                        assertion));
        assertThat(code(answer)).isEqualTo(700027);
        assertThat(answer.json().getString("error_description")).contains("expired");
    }

    @Test
    void garbageIsNotASignedToken() throws Exception {
        assertThat(code(redeem("not-a-jwt"))).isEqualTo(700027);
    }
}
