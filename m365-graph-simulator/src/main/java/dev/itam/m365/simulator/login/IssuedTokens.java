package dev.itam.m365.simulator.login;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens handed out by the token endpoint, which the Graph side checks. */
public final class IssuedTokens {

    /**
     * Whom a token was issued to, until when it is valid, and the application permissions (the
     * {@code roles} claim of an Entra token) its app held when it was issued: like Entra's, a
     * token keeps them until it expires, changes show in tokens issued afterwards.
     */
    public record Grant(String tenantId, String clientId, Instant expiresAt, Set<String> roles) {}

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private volatile Duration lifetime = Duration.ofHours(1);

    /** Shorter lifetimes let tests see tokens expire. */
    public void lifetime(Duration newLifetime) {
        this.lifetime = newLifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    String issue(String tenantId, String clientId, Set<String> roles) {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        String token = "sim." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(tenantId, clientId, Instant.now().plus(lifetime), Set.copyOf(roles)));
        return token;
    }

    public Optional<Grant> lookup(String token) {
        return Optional.ofNullable(grants.get(token));
    }
}
