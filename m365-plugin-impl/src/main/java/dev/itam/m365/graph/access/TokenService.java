package dev.itam.m365.graph.access;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.credential.ClientCertificate;
import dev.itam.m365.graph.CloudEndpoints;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.GraphSettings;
import dev.itam.m365.graph.RetryBudget;
import dev.itam.m365.graph.Retrying;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Acquires Graph access tokens with MSAL4J. Per stored portal credential one MSAL client is kept with
 * the token it got, handed out again until five minutes before it expires, whatever form the login
 * URL has. Certificate problems that would only make Entra refuse later are reported before any call.
 */
@ApplicationScoped
public class TokenService {

    @Inject
    GraphSettings settings;

    @Inject
    Clock clock;

    @Inject
    Retrying retrying;

    private final Map<String, SignIn> signIns = new ConcurrentHashMap<>();

    protected TokenService() {}

    /** Outside CDI (tests). */
    public TokenService(GraphSettings settings, Clock clock, Retrying retrying) {
        this.settings = settings;
        this.clock = clock;
        this.retrying = retrying;
    }

    /** The held token while it has more than five minutes left, otherwise a new one, retried within {@code budget}. */
    public String accessToken(TenantAccess access, RetryBudget budget) {
        SignIn signIn = signIn(access);
        return signIn.token(clock.instant()).orElseGet(() -> acquire(signIn, access, budget));
    }

    /** Graph refused {@code rejected} (revoked, or the clocks disagree): a new token, unless another call got one. */
    public String renewedToken(TenantAccess access, String rejected, RetryBudget budget) {
        signIn(access).forget(rejected);
        return accessToken(access, budget);
    }

    private SignIn signIn(TenantAccess access) {
        String authority = settings.endpoints(access.cloud()).authority(access.tenantId());
        SignIn signIn = access.cacheKey()
                .map(key -> signIns.computeIfAbsent(key, k -> new SignIn(newClient(access, authority))))
                .orElseGet(() -> new SignIn(newClient(access, authority)));
        access.cacheKey().ifPresent(this::dropOlderVersions);
        return signIn;
    }

    /** MSAL's cache is skipped: the token is held in {@link SignIn}, which does not depend on the URL's form. */
    private String acquire(SignIn signIn, TenantAccess access, RetryBudget budget) {
        CloudEndpoints endpoints = settings.endpoints(access.cloud());
        String authority = endpoints.authority(access.tenantId());
        ClientCredentialParameters parameters = ClientCredentialParameters.builder(Set.of(endpoints.scope()))
                .skipCache(true)
                .build();
        return retrying.call(budget, () -> {
            try {
                IAuthenticationResult result =
                        signIn.msal().acquireToken(parameters).get();
                signIn.hold(result, clock.instant());
                return result.accessToken();
            } catch (ExecutionException e) {
                throw TokenErrors.classify(e.getCause(), access, authority);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GraphFailure(FailureCategory.CONNECTION_FAILED, "Interrupted while waiting for Entra ID.");
            }
        });
    }

    /** A portal saved again gets a new key; the clients of its previous versions are dropped. */
    private void dropOlderVersions(String key) {
        String portal = key.substring(0, key.lastIndexOf(':') + 1);
        signIns.keySet().removeIf(other -> other.startsWith(portal) && !other.equals(key));
    }

    /**
     * MSAL's own retry (a 5xx once more after a second) would wait outside the call's budget: it is off.
     * The plugin's HTTP client keeps the status of error answers MSAL cannot read.
     */
    private ConfidentialClientApplication newClient(TenantAccess access, String authority) {
        try {
            return ConfidentialClientApplication.builder(access.clientId(), credential(access.credential()))
                    .authority(authority)
                    .instanceDiscovery(false)
                    .disableInternalRetries()
                    .httpClient(new LoginHttpClient(
                            settings.sslContext(), settings.connectTimeout(), settings.readTimeout()))
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new GraphFailure(
                    FailureCategory.TOKEN_ERROR,
                    "The login URL " + authority + " is not valid: " + e.getMessage()
                            + ". Check m365.graph.login-url and the directory (tenant) ID.");
        }
    }

    private IClientCredential credential(SignInCredential credential) {
        if (credential instanceof SignInCredential.Secret secret) {
            return ClientCredentialFactory.createFromSecret(secret.value());
        }
        ClientCertificate certificate = ((SignInCredential.Certificate) credential).certificate();
        checkThumbprint(certificate);
        if (certificate.expiresAt().isBefore(clock.instant())) {
            throw new GraphFailure(
                    FailureCategory.ASSERTION_SIGNING_FAILED,
                    "The client assertion cannot be signed: the"
                            + " certificate '" + certificate.subject() + "' expired on " + certificate.expiresAt()
                            + ". Create a new"
                            + " certificate, upload it to the app registration and to the portal.");
        }
        try {
            return ClientCredentialFactory.createFromCertificate(certificate.privateKey(), certificate.certificate());
        } catch (RuntimeException e) {
            throw new GraphFailure(
                    FailureCategory.ASSERTION_SIGNING_FAILED,
                    "The client assertion cannot be signed with" + " the certificate '" + certificate.subject() + "': "
                            + e.getMessage(),
                    false,
                    null,
                    e);
        }
    }

    /** MSAL names the certificate by the SHA-256 thumbprint of its public certificate. */
    private static void checkThumbprint(ClientCertificate certificate) {
        try {
            MessageDigest.getInstance("SHA-256")
                    .digest(certificate.certificate().getEncoded());
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new GraphFailure(
                    FailureCategory.CERTIFICATE_THUMBPRINT_UNREADABLE,
                    "The thumbprint of the" + " certificate's public key cannot be read: " + e.getMessage()
                            + ". Upload the certificate again.",
                    false,
                    null,
                    e);
        }
    }
}
