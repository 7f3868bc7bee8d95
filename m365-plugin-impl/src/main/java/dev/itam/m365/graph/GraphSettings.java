package dev.itam.m365.graph;

import dev.itam.m365.api.portal.NationalCloud;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.microprofile.config.Config;

/**
 * Where the login and Graph servers are and how to talk to them. The cloud of a portal picks the
 * Microsoft hosts; {@code m365.graph.login-url} and {@code m365.graph.url} replace them for every
 * portal (the simulator, a proxy); {@code m365.tls.trust-store} adds trust for such servers. The
 * defaults of the retry and timeout keys are in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class GraphSettings {

    @Inject
    Config config;

    private Optional<SSLContext> sslContext;

    protected GraphSettings() {}

    /** Outside CDI (tests). */
    public GraphSettings(Config config) {
        this.config = config;
        load();
    }

    @PostConstruct
    void load() {
        sslContext =
                config.getOptionalValue("m365.tls.trust-store", String.class).map(this::trustContext);
    }

    public CloudEndpoints endpoints(NationalCloud cloud) {
        CloudEndpoints defaults = CloudEndpoints.of(cloud);
        return new CloudEndpoints(
                config.getOptionalValue("m365.graph.login-url", String.class).orElse(defaults.loginUrl()),
                config.getOptionalValue("m365.graph.url", String.class).orElse(defaults.graphUrl()),
                defaults.scope());
    }

    /** Present when a trust store is configured; otherwise the JVM's default trust applies. */
    public Optional<SSLContext> sslContext() {
        return sslContext;
    }

    /** Retries of one Graph call in all, those of its token request included. */
    public int maxRetries() {
        return config.getValue("m365.graph.max-retries", Integer.class);
    }

    public Duration retryDelay() {
        return duration("m365.graph.retry-delay");
    }

    public Duration maxRetryDelay() {
        return duration("m365.graph.max-retry-delay");
    }

    /** The pauses of one Graph call in all, those of its token request included. */
    public Duration maxTotalRetryDelay() {
        return duration("m365.graph.max-total-retry-delay");
    }

    public Duration connectTimeout() {
        return duration("m365.graph.connect-timeout");
    }

    public Duration readTimeout() {
        return duration("m365.graph.read-timeout");
    }

    private Duration duration(String key) {
        return Duration.parse(config.getValue(key, String.class));
    }

    private SSLContext trustContext(String path) {
        String password = config.getOptionalValue("m365.tls.trust-store-password", String.class)
                .orElse("");
        String type = config.getOptionalValue("m365.tls.trust-store-type", String.class)
                .orElse("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load m365.tls.trust-store " + path + ": " + e.getMessage(), e);
        }
    }
}
