package dev.itam.m365.simulator.control;

import com.sun.net.httpserver.HttpExchange;
import dev.itam.m365.simulator.fault.Endpoint;
import dev.itam.m365.simulator.fault.Fault;
import dev.itam.m365.simulator.fault.FaultKind;
import dev.itam.m365.simulator.fault.FaultPlan;
import dev.itam.m365.simulator.graph.ResourceUnitBuckets;
import dev.itam.m365.simulator.http.Exchanges;
import dev.itam.m365.simulator.http.Latency;
import dev.itam.m365.simulator.login.IssuedTokens;
import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.CatalogueSku;
import dev.itam.m365.simulator.tenant.LicenseError;
import dev.itam.m365.simulator.tenant.LicenseState;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.SimSubscription;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.SkuCatalogue;
import dev.itam.m365.simulator.tenant.SubscriptionChange;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantDirectory;
import dev.itam.m365.simulator.tenant.TenantGenerator;
import dev.itam.m365.simulator.tenant.TenantSpec;
import dev.itam.m365.simulator.tenant.UnknownItemException;
import dev.itam.m365.simulator.tenant.UserType;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Changes tenants between runs and injects faults. Requests from anything but loopback are refused.
 * Bodies and answers are JSON; failures answer {@code {"error": "..."}}.
 */
public final class ControlEndpoint {

    private final TenantDirectory tenants;
    private final FaultPlan faults;
    private final IssuedTokens tokens;
    private final SkuCatalogue catalogue;
    private final Clock clock;
    private final Latency latency;
    private final ResourceUnitBuckets throttling;
    private final SecureRandom random = new SecureRandom();

    public ControlEndpoint(
            TenantDirectory tenants,
            FaultPlan faults,
            IssuedTokens tokens,
            SkuCatalogue catalogue,
            Clock clock,
            Latency latency,
            ResourceUnitBuckets throttling) {
        this.tenants = tenants;
        this.faults = faults;
        this.tokens = tokens;
        this.catalogue = catalogue;
        this.clock = clock;
        this.latency = latency;
        this.throttling = throttling;
    }

    public void handle(HttpExchange exchange, String path) throws IOException {
        if (!Exchanges.fromLoopback(exchange)) {
            Exchanges.sendRaw(exchange, 403, "text/plain", "The control API answers loopback clients only.");
            return;
        }
        try {
            route(
                    exchange,
                    exchange.getRequestMethod(),
                    List.of(path.substring("/_sim/".length()).split("/")));
        } catch (UnknownItemException e) {
            error(exchange, 404, e.getMessage());
        } catch (IllegalArgumentException
                | ArithmeticException
                | ClassCastException
                | NullPointerException
                | JsonException e) {
            error(exchange, 400, "Bad control request: " + e.getMessage());
        }
    }

    private void route(HttpExchange exchange, String method, List<String> path) throws IOException {
        String head = path.get(0);
        int size = path.size();
        if (head.equals("faults") && size == 1) {
            faults(exchange, method);
        } else if (head.equals("requests") && size == 1) {
            Exchanges.sendJson(exchange, 200, json -> {
                json.writeStartObject();
                for (Endpoint endpoint : Endpoint.values()) {
                    json.write(endpoint.name(), faults.requestCount(endpoint));
                }
                json.writeEnd();
            });
        } else if (head.equals("token-lifetime") && size == 1 && method.equals("PUT")) {
            tokens.lifetime(Duration.ofSeconds(
                    Exchanges.jsonBody(exchange).getJsonNumber("seconds").longValue()));
            noContent(exchange);
        } else if (head.equals("latency") && size == 1 && method.equals("PUT")) {
            latency.set(Duration.ofMillis(
                    Exchanges.jsonBody(exchange).getJsonNumber("millis").longValueExact()));
            noContent(exchange);
        } else if (head.equals("latency") && size == 1 && method.equals("GET")) {
            Exchanges.sendJson(
                    exchange,
                    200,
                    json -> json.writeStartObject()
                            .write("millis", latency.delay().toMillis())
                            .writeEnd());
        } else if (head.equals("tenants") && size == 1 && method.equals("POST")) {
            createTenant(exchange);
        } else if (head.equals("tenants") && size >= 2) {
            tenant(exchange, method, tenantOf(path.get(1)), path.subList(2, size));
        } else {
            error(exchange, 404, "No control operation " + method + " /_sim/" + String.join("/", path));
        }
    }

    private void faults(HttpExchange exchange, String method) throws IOException {
        if (method.equals("DELETE")) {
            faults.clear();
            noContent(exchange);
            return;
        }
        JsonObject body = Exchanges.jsonBody(exchange);
        Fault fault = new Fault(
                FaultKind.valueOf(body.getString("kind")),
                body.getInt("retryAfterSeconds", 1),
                body.getInt("delayMillis", 0),
                body.getInt("status", 500));
        faults.inject(Endpoint.valueOf(body.getString("endpoint")), fault, body.getInt("count", 1));
        noContent(exchange);
    }

    private void createTenant(HttpExchange exchange) throws IOException {
        JsonObject body = Exchanges.jsonBody(exchange);
        TenantSpec spec = new TenantSpec(
                body.getJsonNumber("seed").longValue(),
                body.getInt("users"),
                body.getInt("skus", Math.min(12, catalogue.size())),
                catalogue);
        Tenant tenant = tenants.add(TenantGenerator.generate(spec, clock));
        Exchanges.sendJson(exchange, 201, json -> summary(json, tenant, true));
    }

    private void tenant(HttpExchange exchange, String method, Tenant tenant, List<String> rest) throws IOException {
        String resource = rest.isEmpty() ? "" : rest.get(0);
        String id = rest.size() > 1 ? rest.get(1) : null;
        String verb = method + " " + resource + (id == null ? "" : "/{id}") + (rest.size() > 2 ? "/" + rest.get(2) : "")
                + (rest.size() > 3 ? "/{skuId}" : "");
        if (verb.equals("PUT apps/{id}/permissions")) {
            grantPermissions(exchange, tenant, id);
            return;
        }
        JsonObject body = method.equals("GET") || method.equals("DELETE")
                ? JsonValue.EMPTY_JSON_OBJECT
                : Exchanges.jsonBody(exchange);
        switch (verb) {
            case "GET " -> Exchanges.sendJson(exchange, 200, json -> summary(json, tenant, true));
            case "GET users" -> listUsers(exchange, tenant);
            case "PUT throttling" -> {
                throttling.setLimit(tenant.id(), body.getInt("resourceUnitsPer10Seconds"));
                noContent(exchange);
            }
            case "DELETE throttling" -> {
                throttling.resetLimit(tenant.id());
                noContent(exchange);
            }
            case "GET throttling" ->
                Exchanges.sendJson(exchange, 200, json -> {
                    json.writeStartObject();
                    throttling.limitSet(tenant.id()).ifPresent(limit -> json.write("resourceUnitsPer10Seconds", limit));
                    json.write("throttledResponses", throttling.refusals(tenant.id()))
                            .writeEnd();
                });
            case "POST delta-links" -> {
                tenant.expireDeltaLinks();
                noContent(exchange);
            }
            case "POST users" -> {
                SimUser user = tenant.addUser(
                        body.getString("displayName"),
                        body.getString("userPrincipalName"),
                        body.getString("department", null));
                Exchanges.sendJson(
                        exchange,
                        201,
                        json -> json.writeStartObject().write("id", user.id()).writeEnd());
            }
            case "PATCH users/{id}" -> {
                if (body.containsKey("accountEnabled")) {
                    tenant.setAccountEnabled(id, body.getBoolean("accountEnabled"));
                }
                if (body.containsKey("displayName") || body.containsKey("department")) {
                    tenant.renameUser(id, body.getString("displayName", null), body.getString("department", null));
                }
                if (body.containsKey("userType")) {
                    tenant.setUserType(id, graphValue(UserType.class, UserType::graphName, body.getString("userType")));
                }
                if (body.containsKey("createdDateTime")) {
                    tenant.setCreatedAt(id, optionalInstant(body, "createdDateTime"));
                }
                noContent(exchange);
            }
            case "PATCH users/{id}/signInActivity" -> {
                setSignIns(tenant, id, body);
                noContent(exchange);
            }
            case "POST users/{id}/licenseAssignmentStates" -> {
                tenant.addFailedAssignment(
                        id,
                        body.getString("skuId").toLowerCase(Locale.ROOT),
                        body.getString("groupId", null),
                        graphValue(LicenseState.class, LicenseState::graphName, body.getString("state")),
                        graphValue(LicenseError.class, LicenseError::graphName, body.getString("error")));
                noContent(exchange);
            }
            case "PUT premium" -> {
                tenant.setPremium(body.getBoolean("premium"));
                noContent(exchange);
            }
            case "DELETE users/{id}" -> {
                tenant.deleteUser(id);
                noContent(exchange);
            }
            case "POST users/{id}/licenses" -> {
                tenant.assign(id, body.getString("skuId").toLowerCase(Locale.ROOT), body.getString("groupId", null));
                noContent(exchange);
            }
            case "DELETE users/{id}/licenses/{skuId}" -> {
                tenant.unassign(id, rest.get(3).toLowerCase(Locale.ROOT));
                noContent(exchange);
            }
            case "POST skus" -> {
                CatalogueSku sku = new CatalogueSku(
                        body.getString("skuId").toLowerCase(Locale.ROOT), body.getString("skuPartNumber"), List.of());
                tenant.addSku(sku, body.getInt("enabled", 0));
                noContent(exchange);
            }
            case "PATCH skus/{id}" -> {
                tenant.updateSku(
                        id,
                        optionalInt(body, "enabled"),
                        optionalInt(body, "suspended"),
                        optionalInt(body, "warning"),
                        optionalInt(body, "lockedOut"),
                        body.getString("capabilityStatus", null));
                noContent(exchange);
            }
            case "DELETE skus/{id}" -> {
                tenant.removeSku(id);
                noContent(exchange);
            }
            case "GET subscriptions" -> listSubscriptions(exchange, tenant);
            case "PATCH subscriptions/{id}" -> {
                tenant.updateSubscription(id, subscriptionChange(body));
                noContent(exchange);
            }
            case "POST apps" -> registerApp(exchange, tenant, body);
            default -> error(exchange, 404, "No control operation " + verb + " on a tenant");
        }
    }

    private void registerApp(HttpExchange exchange, Tenant tenant, JsonObject body) throws IOException {
        String clientId =
                body.getString("clientId", UUID.randomUUID().toString()).toLowerCase(Locale.ROOT);
        AppRegistration app = tenant.registerApp(clientId, body.getString("displayName", "Registered app"));
        AppRegistration.Secret secret = null;
        if (body.containsKey("secret")) {
            JsonObject requested = body.getJsonObject("secret");
            secret = new AppRegistration.Secret(
                    UUID.randomUUID().toString(),
                    requested.getString("value", newSecretValue()),
                    Instant.parse(requested.getString("expiresAt", "2099-12-31T00:00:00Z")));
            app.addSecret(secret);
        }
        if (body.containsKey("certificatePem")) {
            app.addCertificate(certificate(body.getString("certificatePem")));
        }
        if (body.containsKey("permissions")) {
            app.grantPermissions(strings(body.getJsonArray("permissions")));
        }
        AppRegistration.Secret issued = secret;
        Exchanges.sendJson(exchange, 201, json -> {
            json.writeStartObject().write("clientId", app.clientId());
            if (issued != null) {
                json.write("secretId", issued.secretId())
                        .write("secret", issued.value())
                        .write("secretExpiresAt", issued.expiresAt().toString());
            }
            json.writeEnd();
        });
    }

    /** {@code PUT apps/{clientId}/permissions} with a JSON array of permission names. */
    private void grantPermissions(HttpExchange exchange, Tenant tenant, String clientId) throws IOException {
        AppRegistration app = tenant.app(clientId.toLowerCase(Locale.ROOT));
        if (app == null) {
            throw new UnknownItemException("No app " + clientId + " in tenant " + tenant.id());
        }
        app.grantPermissions(strings(Exchanges.jsonArrayBody(exchange)));
        noContent(exchange);
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            strings.add(array.getString(i));
        }
        return strings;
    }

    /** Each time given replaces the user's, {@code null} clearing it; times not given stay. */
    private static void setSignIns(Tenant tenant, String userId, JsonObject body) {
        SimUser user = tenant.read(t -> t.user(userId).snapshot());
        tenant.setSignIns(
                userId,
                signIn(body, "lastSignInDateTime", user.lastSignInAt()),
                signIn(body, "lastNonInteractiveSignInDateTime", user.lastNonInteractiveSignInAt()),
                signIn(body, "lastSuccessfulSignInDateTime", user.lastSuccessfulSignInAt()));
    }

    private static Instant signIn(JsonObject body, String name, Instant current) {
        if (!body.containsKey(name)) {
            return current;
        }
        return body.isNull(name) ? null : optionalInstant(body, name);
    }

    /** The constant Graph calls {@code name}. */
    private static <E extends Enum<E>> E graphValue(Class<E> type, Function<E, String> graphName, String name) {
        for (E value : type.getEnumConstants()) {
            if (graphName.apply(value).equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a " + type.getSimpleName() + "; one of "
                + Arrays.stream(type.getEnumConstants()).map(graphName).toList());
    }

    private static SubscriptionChange subscriptionChange(JsonObject body) {
        boolean clearsNext = body.containsKey("nextLifecycleDateTime") && body.isNull("nextLifecycleDateTime");
        return new SubscriptionChange(
                body.containsKey("status") ? body.getString("status") : null,
                optionalInt(body, "totalLicenses"),
                body.containsKey("isTrial") ? body.getBoolean("isTrial") : null,
                optionalInstant(body, "createdDateTime"),
                clearsNext ? null : optionalInstant(body, "nextLifecycleDateTime"),
                clearsNext);
    }

    private static Instant optionalInstant(JsonObject body, String name) {
        if (!body.containsKey(name)) {
            return null;
        }
        String value = body.getString(name);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    name + " '" + value + "' is not an ISO-8601 date and time such as 2026-12-14T00:00:00Z");
        }
    }

    private void listSubscriptions(HttpExchange exchange, Tenant tenant) throws IOException {
        record Row(String skuId, String partNumber, SimSubscription subscription) {}
        List<Row> rows = tenant.read(t -> {
            List<Row> all = new ArrayList<>();
            for (SimSku sku : t.skus()) {
                sku.subscriptions().forEach(s -> all.add(new Row(sku.skuId(), sku.partNumber(), s.snapshot())));
            }
            return all;
        });
        Exchanges.sendJson(exchange, 200, json -> {
            json.writeStartArray();
            for (Row row : rows) {
                SimSubscription subscription = row.subscription();
                json.writeStartObject()
                        .write("id", subscription.id())
                        .write("commerceSubscriptionId", subscription.commerceSubscriptionId())
                        .write("skuId", row.skuId())
                        .write("skuPartNumber", row.partNumber())
                        .write("status", subscription.status())
                        .write("totalLicenses", subscription.totalLicenses())
                        .write("isTrial", subscription.trial())
                        .write("createdDateTime", subscription.createdAt().toString());
                if (subscription.nextLifecycleAt() == null) {
                    json.writeNull("nextLifecycleDateTime");
                } else {
                    json.write(
                            "nextLifecycleDateTime",
                            subscription.nextLifecycleAt().toString());
                }
                json.writeEnd();
            }
            json.writeEnd();
        });
    }

    private void listUsers(HttpExchange exchange, Tenant tenant) throws IOException {
        List<SimUser> users = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted())
                .map(SimUser::snapshot)
                .toList());
        Exchanges.sendJson(exchange, 200, json -> {
            json.writeStartArray();
            for (SimUser user : users) {
                json.writeStartObject()
                        .write("id", user.id())
                        .write("userPrincipalName", user.userPrincipalName())
                        .write("accountEnabled", user.accountEnabled())
                        .writeStartArray("skuIds");
                user.assignments().forEach(a -> json.write(a.skuId()));
                json.writeEnd().writeEnd();
            }
            json.writeEnd();
        });
    }

    private static void summary(JsonGenerator json, Tenant tenant, boolean withSecrets) {
        tenant.read(t -> {
            json.writeStartObject()
                    .write("tenantId", t.id())
                    .write("domain", t.domain())
                    .write("displayName", t.displayName())
                    .write("users", t.liveUserCount())
                    .write("skus", t.skus().size())
                    .writeStartArray("apps");
            for (AppRegistration app : t.apps()) {
                json.writeStartObject().write("clientId", app.clientId()).write("displayName", app.displayName());
                if (withSecrets && !app.secrets().isEmpty()) {
                    json.write("secretId", app.firstSecret().secretId())
                            .write("secret", app.firstSecret().value());
                }
                json.writeEnd();
            }
            json.writeEnd().writeEnd();
            return null;
        });
    }

    private Tenant tenantOf(String key) {
        return tenants.find(key).orElseThrow(() -> new UnknownItemException("No tenant " + key));
    }

    private String newSecretValue() {
        byte[] bytes = new byte[30];
        random.nextBytes(bytes);
        return "Sim~" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("certificatePem is not a PEM X.509 certificate");
        }
    }

    private static Integer optionalInt(JsonObject body, String name) {
        return body.containsKey(name) ? body.getInt(name) : null;
    }

    private static void noContent(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        Exchanges.sendJson(
                exchange,
                status,
                json -> json.writeStartObject().write("error", message).writeEnd());
    }
}
