package dev.itam.m365.graph.access;

import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The MSAL client of one credential version and the token it got last. The token is held here
 * rather than in MSAL's cache, which misses whenever the login URL carries a port (MSAL4J 1.26
 * stores under the host without the port and looks up with it).
 */
final class SignIn {

    /** As MSAL does: a token with less than this left is renewed, so it cannot expire during a call. */
    static final Duration RENEWAL_MARGIN = Duration.ofMinutes(5);

    private record Held(String token, Instant renewAt) {}

    private final ConfidentialClientApplication msal;
    private Held held;

    SignIn(ConfidentialClientApplication msal) {
        this.msal = msal;
    }

    ConfidentialClientApplication msal() {
        return msal;
    }

    synchronized Optional<String> token(Instant now) {
        return held != null && now.isBefore(held.renewAt()) ? Optional.of(held.token()) : Optional.empty();
    }

    /**
     * MSAL states the expiry in system time; it is turned into a lifetime counted from {@code now} on
     * the plugin's clock, so that the clock alone decides (and tests can move it).
     */
    synchronized void hold(IAuthenticationResult result, Instant now) {
        Duration left = Duration.between(Instant.now(), result.expiresOnDate().toInstant());
        held = new Held(result.accessToken(), now.plus(left).minus(RENEWAL_MARGIN));
    }

    /** Graph refused {@code token}; unless another call has renewed it already, it is not handed out again. */
    synchronized void forget(String token) {
        if (held != null && held.token().equals(token)) {
            held = null;
        }
    }
}
