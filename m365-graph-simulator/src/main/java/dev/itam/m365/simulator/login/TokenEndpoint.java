package dev.itam.m365.simulator.login;

import com.sun.net.httpserver.HttpExchange;
import dev.itam.m365.simulator.http.Exchanges;
import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantDirectory;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code POST /{tenant}/oauth2/v2.0/token} with grant type client_credentials. */
public final class TokenEndpoint {

    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** The Graph resources of the global and national clouds; a token is for one of them. */
    private static final Set<String> GRAPH_SCOPES = Set.of(
            "https://graph.microsoft.com/.default",
            "https://graph.microsoft.us/.default",
            "https://dod-graph.microsoft.us/.default",
            "https://microsoftgraph.chinacloudapi.cn/.default");

    private static final Set<String> OIDC_SCOPES = Set.of("openid", "profile", "offline_access");

    private final TenantDirectory tenants;
    private final IssuedTokens tokens;

    public TokenEndpoint(TenantDirectory tenants, IssuedTokens tokens) {
        this.tenants = tenants;
        this.tokens = tokens;
    }

    public void handle(HttpExchange exchange, String tenantKey) throws IOException {
        try {
            String token = grant(exchange, tenantKey);
            Exchanges.sendJson(
                    exchange,
                    200,
                    json -> json.writeStartObject()
                            .write("token_type", "Bearer")
                            .write("expires_in", tokens.lifetime().toSeconds())
                            .write("ext_expires_in", tokens.lifetime().toSeconds())
                            .write("access_token", token)
                            .writeEnd());
        } catch (EntraError error) {
            error.send(exchange);
        }
    }

    private String grant(HttpExchange exchange, String tenantKey) throws IOException, EntraError {
        if (!"POST".equals(exchange.getRequestMethod())) {
            throw new EntraError(
                    400,
                    "invalid_request",
                    900561,
                    "The endpoint only accepts POST requests. Received a " + exchange.getRequestMethod() + " request.");
        }
        Tenant tenant = tenants.find(tenantKey).orElseThrow(() -> EntraError.tenantNotFound(tenantKey));
        Map<String, String> form = Exchanges.form(exchange);
        String grantType = form.getOrDefault("grant_type", "");
        if (!"client_credentials".equals(grantType)) {
            throw EntraError.unsupportedGrant(grantType);
        }
        String clientId = form.getOrDefault("client_id", "");
        AppRegistration app = tenant.app(clientId);
        if (app == null) {
            throw EntraError.appNotFound(clientId, tenant.displayName());
        }
        checkScope(form.get("scope"));
        authenticate(exchange, form, app, tenantKey);
        return tokens.issue(tenant.id(), app.clientId(), app.permissions());
    }

    private static void checkScope(String scope) throws EntraError {
        if (scope == null || scope.isBlank()) {
            throw new EntraError(
                    400, "invalid_request", 900144, "The request body must contain the following parameter: 'scope'.");
        }
        List<String> resources = Arrays.stream(scope.trim().split("\\s+"))
                .filter(s -> !OIDC_SCOPES.contains(s))
                .toList();
        if (resources.size() != 1 || !GRAPH_SCOPES.contains(resources.get(0))) {
            throw EntraError.invalidScope(scope);
        }
    }

    private static void authenticate(
            HttpExchange exchange, Map<String, String> form, AppRegistration app, String tenantKey) throws EntraError {
        String secret = form.get("client_secret");
        String assertion = form.get("client_assertion");
        if (secret != null) {
            checkSecret(secret, app);
        } else if (assertion != null && ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            AssertionVerifier.verify(
                    assertion, app, "https://" + host + "/" + tenantKey + "/oauth2/v2.0/token", Instant.now());
        } else {
            throw EntraError.noCredential();
        }
    }

    private static void checkSecret(String secret, AppRegistration app) throws EntraError {
        for (AppRegistration.Secret registered : app.secrets()) {
            if (registered.value().equals(secret)) {
                if (registered.expiresAt().isBefore(Instant.now())) {
                    throw EntraError.expiredSecret(app.clientId());
                }
                return;
            }
        }
        throw EntraError.invalidSecret(app.clientId());
    }
}
