package dev.itam.m365.simulator.tenant;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An app registration of the tenant with the client secrets and certificates it accepts. */
public final class AppRegistration {

    /** A client secret: Entra shows the id beside it and the value only once. */
    public record Secret(String secretId, String value, Instant expiresAt) {
        @Override
        public String toString() {
            return "Secret[secretId=" + secretId + ", expiresAt=" + expiresAt + "]";
        }
    }

    private final String clientId;
    private final String displayName;
    private final List<Secret> secrets = new CopyOnWriteArrayList<>();
    private final List<X509Certificate> certificates = new CopyOnWriteArrayList<>();

    AppRegistration(String clientId, String displayName) {
        this.clientId = clientId;
        this.displayName = displayName;
    }

    public String clientId() {
        return clientId;
    }

    public String displayName() {
        return displayName;
    }

    public List<Secret> secrets() {
        return List.copyOf(secrets);
    }

    public List<X509Certificate> certificates() {
        return List.copyOf(certificates);
    }

    public void addSecret(Secret secret) {
        secrets.add(secret);
    }

    public void addCertificate(X509Certificate certificate) {
        certificates.add(certificate);
    }

    /** The first secret, for printing demo credentials. */
    public Secret firstSecret() {
        return secrets.get(0);
    }
}
