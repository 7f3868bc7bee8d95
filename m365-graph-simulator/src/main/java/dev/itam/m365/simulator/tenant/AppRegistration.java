package dev.itam.m365.simulator.tenant;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An app registration of the tenant with the client secrets and certificates it accepts and the
 * application permissions (app roles on Microsoft Graph) an admin has granted it.
 */
public final class AppRegistration {

    /**
     * What the plugin's import needs, users' sign-in activity included (AuditLog.Read.All), granted to
     * every app unless said otherwise; {@link #grantPermissions} takes any of them away.
     */
    public static final Set<String> DEFAULT_PERMISSIONS =
            Set.of("Organization.Read.All", "User.Read.All", "LicenseAssignment.Read.All", "AuditLog.Read.All");

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
    private volatile Set<String> permissions = DEFAULT_PERMISSIONS;

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

    public Set<String> permissions() {
        return permissions;
    }

    /** Replaces the granted permissions, like an admin granting or revoking consent. */
    public void grantPermissions(Collection<String> granted) {
        this.permissions = Set.copyOf(granted);
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
