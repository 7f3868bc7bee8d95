package dev.itam.m365.simulator.graph;

import com.sun.net.httpserver.HttpExchange;
import dev.itam.m365.simulator.fault.Endpoint;
import dev.itam.m365.simulator.fault.Fault;
import dev.itam.m365.simulator.fault.FaultPlan;
import dev.itam.m365.simulator.fault.FaultResponder;
import dev.itam.m365.simulator.http.Exchanges;
import dev.itam.m365.simulator.login.IssuedTokens;
import dev.itam.m365.simulator.tenant.AppliesTo;
import dev.itam.m365.simulator.tenant.CatalogueSku;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.SimSubscription;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantDirectory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /v1.0/subscribedSkus}, {@code /v1.0/users}, {@code /v1.0/users/delta}, {@code /v1.0/directory/subscriptions}.
 *
 * <p>Users' {@code signInActivity} comes only with {@code $select} and on Graph's conditions (Microsoft's
 * "List users" and user resource pages): the app needs AuditLog.Read.All besides a users permission
 * ({@link Permissions#checkSignInActivity}); the tenant needs Microsoft Entra ID P1 or P2, else 403
 * {@code Authentication_RequestFromNonPremiumTenantOrB2CTenant} with the message Graph sends (quoted in
 * microsoft-graph-docs-contrib#3033 and msgraph-sdk-dotnet#1006); and a page holds at most 500 users
 * instead of 999. The default page stays 100: "List users" names no other. Which condition Graph checks
 * first is not documented; the simulator checks them in that order, after {@code $select}.
 */
public final class GraphEndpoint {

    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 999;
    private static final int MAX_PAGE_WITH_SIGN_INS = 500;
    private static final Duration DELTA_LINK_LIFETIME = Duration.ofDays(7);
    private static final String METADATA = "https://graph.microsoft.com/v1.0/$metadata#";

    private final TenantDirectory tenants;
    private final IssuedTokens tokens;
    private final FaultPlan faults;
    private final ResourceUnitBuckets buckets;
    private final Clock clock;

    public GraphEndpoint(
            TenantDirectory tenants, IssuedTokens tokens, FaultPlan faults, ResourceUnitBuckets buckets, Clock clock) {
        this.clock = clock;
        this.tenants = tenants;
        this.tokens = tokens;
        this.faults = faults;
        this.buckets = buckets;
    }

    public void handle(HttpExchange exchange, String path) throws IOException {
        Optional<Endpoint> endpoint = endpointOf(path);
        if (endpoint.isPresent()) {
            Optional<Fault> fault = faults.nextFor(endpoint.get());
            if (fault.isPresent() && FaultResponder.respond(exchange, fault.get(), FaultResponder.Shape.GRAPH)) {
                return;
            }
        }
        try {
            IssuedTokens.Grant grant = authenticate(exchange);
            Tenant tenant = tenants.find(grant.tenantId())
                    .orElseThrow(() -> new GraphError(
                            401, "InvalidAuthenticationToken", "The tenant of the token no longer exists."));
            if (endpoint.isEmpty()) {
                throw new GraphError(
                        400,
                        "BadRequest",
                        "Resource not found for the segment '" + path.substring(path.lastIndexOf('/') + 1) + "'.");
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                throw new GraphError(
                        405, "Request_BadRequest", "Specified HTTP method is not allowed for the request target.");
            }
            Permissions.check(endpoint.get(), grant.roles());
            Map<String, String> query = Exchanges.query(exchange);
            if (throttled(exchange, grant, tenant, endpoint.get(), query)) {
                return;
            }
            switch (endpoint.get()) {
                case SUBSCRIBED_SKUS -> subscribedSkus(exchange, tenant);
                case SUBSCRIPTIONS -> subscriptions(exchange, tenant, query);
                case USERS -> users(exchange, tenant, query, grant.roles());
                case USERS_DELTA -> delta(exchange, tenant, query);
                default -> throw new IllegalStateException();
            }
        } catch (GraphError error) {
            error.send(exchange);
        }
    }

    /**
     * Charges the request to its app and tenant; refuses it as Graph does when that goes over the
     * limit ({@code Retry-After}, {@code x-ms-throttle-scope}, {@code x-ms-throttle-information}), and
     * otherwise names its cost ({@code x-ms-resource-unit}) and, from 80 % of the limit on, the share
     * used ({@code x-ms-throttle-limit-percentage}).
     */
    private boolean throttled(
            HttpExchange exchange,
            IssuedTokens.Grant grant,
            Tenant tenant,
            Endpoint endpoint,
            Map<String, String> query)
            throws IOException {
        ResourceUnitBuckets.Charge charge = buckets.charge(
                grant.clientId(),
                tenant.id(),
                () -> tenant.read(Tenant::liveUserCount),
                endpoint,
                RequestCost.of(endpoint, query),
                ThrottlePriority.of(exchange.getRequestHeaders().getFirst("x-ms-throttle-priority")));
        var headers = exchange.getResponseHeaders();
        if (charge.refused()) {
            headers.set("Retry-After", Long.toString(charge.retryAfterSeconds()));
            headers.set("x-ms-throttle-scope", "Tenant_Application/ReadWrite/" + grant.clientId() + "/" + tenant.id());
            headers.set("x-ms-throttle-information", "ResourceUnitLimitExceeded");
            GraphError.send(
                    exchange,
                    429,
                    "TooManyRequests",
                    "Too many requests of this application in this tenant. Retry after " + charge.retryAfterSeconds()
                            + " seconds.");
            return true;
        }
        headers.set("x-ms-resource-unit", Integer.toString(charge.cost()));
        charge.reportedUsage().ifPresent(usage -> headers.set("x-ms-throttle-limit-percentage", usage));
        return false;
    }

    private static Optional<Endpoint> endpointOf(String path) {
        return Optional.ofNullable(
                switch (path) {
                    case "/v1.0/subscribedSkus" -> Endpoint.SUBSCRIBED_SKUS;
                    case "/v1.0/users" -> Endpoint.USERS;
                    case "/v1.0/users/delta",
                            "/v1.0/users/delta()",
                            "/v1.0/users/microsoft.graph.delta",
                            "/v1.0/users/microsoft.graph.delta()" -> Endpoint.USERS_DELTA;
                    case "/v1.0/directory/subscriptions" -> Endpoint.SUBSCRIPTIONS;
                    default -> null;
                });
    }

    /** The grant behind the request's bearer token, which says whose tenant and which permissions. */
    private IssuedTokens.Grant authenticate(HttpExchange exchange) throws GraphError {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Bearer ") || header.length() == "Bearer ".length()) {
            throw new GraphError(401, "InvalidAuthenticationToken", "Access token is empty.");
        }
        IssuedTokens.Grant grant = tokens.lookup(
                        header.substring("Bearer ".length()).strip())
                .orElseThrow(() -> new GraphError(
                        401, "InvalidAuthenticationToken", "Access token validation failure. Invalid token."));
        if (grant.expiresAt().isBefore(Instant.now())) {
            throw new GraphError(
                    401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.");
        }
        return grant;
    }

    private static void subscribedSkus(HttpExchange exchange, Tenant tenant) throws IOException {
        List<SkuView> skus = tenant.read(t -> t.skus().stream().map(SkuView::of).toList());
        Exchanges.sendJson(exchange, 200, json -> {
            json.writeStartObject()
                    .write("@odata.context", METADATA + "subscribedSkus")
                    .writeStartArray("value");
            for (SkuView sku : skus) {
                json.writeStartObject()
                        .write("accountName", tenant.displayName())
                        .write("accountId", tenant.id())
                        .write("appliesTo", sku.appliesTo().graphName())
                        .write("capabilityStatus", sku.capabilityStatus())
                        .write("consumedUnits", sku.consumed())
                        .write("id", tenant.id() + "_" + sku.catalogue().skuId())
                        .writeStartObject("prepaidUnits")
                        .write("enabled", sku.enabled())
                        .write("suspended", sku.suspended())
                        .write("warning", sku.warning())
                        .write("lockedOut", sku.lockedOut())
                        .writeEnd()
                        .writeStartArray("servicePlans");
                sku.catalogue()
                        .servicePlans()
                        .forEach(plan -> json.writeStartObject()
                                .write("servicePlanId", plan.servicePlanId())
                                .write("servicePlanName", plan.servicePlanName())
                                .write("provisioningStatus", "Success")
                                .write(
                                        "appliesTo",
                                        plan.appliesTo(sku.appliesTo()).graphName())
                                .writeEnd());
                json.writeEnd()
                        .write("skuId", sku.catalogue().skuId())
                        .write("skuPartNumber", sku.catalogue().partNumber())
                        .writeStartArray("subscriptionIds");
                sku.subscriptions().forEach(subscription -> json.write(subscription.id()));
                json.writeEnd().writeEnd();
            }
            json.writeEnd().writeEnd();
        });
    }

    private static void subscriptions(HttpExchange exchange, Tenant tenant, Map<String, String> query)
            throws IOException, GraphError {
        int top = pageSize(query.get("$top"));
        int offset = query.containsKey("$skiptoken")
                ? PageToken.decode(query.get("$skiptoken"), "subscriptions").offset()
                : 0;
        // The account admin who owns the subscriptions: the tenant's first user.
        String ownerId = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted())
                .map(SimUser::id)
                .findFirst()
                .orElse(null));
        List<SubscriptionView> all = tenant.read(t -> {
            List<SubscriptionView> views = new ArrayList<>();
            for (SimSku sku : t.skus()) {
                SkuView view = SkuView.of(sku);
                view.subscriptions().forEach(subscription -> views.add(new SubscriptionView(view, subscription)));
            }
            return views;
        });
        Page<SubscriptionView> page = Page.collect(all, offset, top, view -> true, view -> view);
        String nextLink = page.exhausted()
                ? null
                : link(
                        exchange,
                        "/v1.0/directory/subscriptions",
                        query,
                        "$skiptoken",
                        PageToken.users("subscriptions", page.nextOffset(), List.of())
                                .encode());
        Exchanges.sendJson(exchange, 200, json -> {
            json.writeStartObject()
                    .write("@odata.context", METADATA + "directory/subscriptions")
                    .writeStartArray("value");
            for (SubscriptionView view : page.items()) {
                SimSubscription subscription = view.subscription();
                json.writeStartObject()
                        .write("commerceSubscriptionId", subscription.commerceSubscriptionId())
                        .write("createdDateTime", subscription.createdAt().toString())
                        .write("id", subscription.id())
                        .write("isTrial", subscription.trial());
                writeNullable(json, "nextLifecycleDateTime", dateOrNull(subscription.nextLifecycleAt()));
                writeNullable(json, "ownerId", ownerId);
                json.write("ownerTenantId", tenant.id());
                writeNullable(json, "ownerType", ownerId == null ? null : "User");
                json.writeStartArray("serviceStatus");
                for (CatalogueSku.ServicePlan plan : view.sku().catalogue().servicePlans()) {
                    json.writeStartObject()
                            .write(
                                    "appliesTo",
                                    plan.appliesTo(view.sku().appliesTo()).graphName())
                            .write("provisioningStatus", "Success")
                            .write("servicePlanId", plan.servicePlanId())
                            .write("servicePlanName", plan.servicePlanName())
                            .writeEnd();
                }
                json.writeEnd()
                        .write("skuId", view.sku().catalogue().skuId())
                        .write("skuPartNumber", view.sku().catalogue().partNumber())
                        .write("status", subscription.status())
                        .write("totalLicenses", subscription.totalLicenses())
                        .writeEnd();
            }
            json.writeEnd();
            if (nextLink != null) {
                json.write("@odata.nextLink", nextLink);
            }
            json.writeEnd();
        });
    }

    private static String dateOrNull(Instant date) {
        return date == null ? null : date.toString();
    }

    private static void writeNullable(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    private static void users(HttpExchange exchange, Tenant tenant, Map<String, String> query, Set<String> roles)
            throws IOException, GraphError {
        List<String> select = UserProperties.select(query.get("$select"));
        boolean signIns = select.contains(UserProperties.SIGN_IN_ACTIVITY);
        if (signIns) {
            Permissions.checkSignInActivity(roles);
            if (!tenant.premium()) {
                throw new GraphError(
                        403,
                        "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
                        "Neither tenant is B2C or tenant doesn't have premium license");
            }
        }
        UnsupportedUserQuery.refuse(query);
        boolean counted =
                UnsupportedUserQuery.counted(query, exchange.getRequestHeaders().getFirst("ConsistencyLevel"));
        int top = pageSize(query.get("$top"));
        if (signIns && top > MAX_PAGE_WITH_SIGN_INS) {
            tooManyForSignIns(exchange);
            return;
        }
        int offset = query.containsKey("$skiptoken")
                ? PageToken.decode(query.get("$skiptoken"), "users").offset()
                : 0;
        Page<SimUser> page =
                tenant.read(t -> Page.collect(t.userSlots(), offset, top, user -> !user.deleted(), SimUser::snapshot));
        String nextLink = page.exhausted()
                ? null
                : link(
                        exchange,
                        "/v1.0/users",
                        query,
                        "$skiptoken",
                        PageToken.users("users", page.nextOffset(), select).encode());
        Exchanges.sendJson(exchange, 200, json -> {
            json.writeStartObject().write("@odata.context", METADATA + "users(" + String.join(",", select) + ")");
            if (counted) {
                json.write("@odata.count", tenant.read(Tenant::liveUserCount));
            }
            writeUsers(json, page.items(), select);
            if (nextLink != null) {
                json.write("@odata.nextLink", nextLink);
            }
            json.writeEnd();
        });
    }

    /**
     * Graph's answer to more than 500 users with {@code signInActivity}. Microsoft documents the limit,
     * not the answer. Since March 2023 the service refuses instead of shortening the page (Microsoft's
     * engineer in msgraph-sdk-powershell#1898), with a body that is not Graph's error shape but the
     * reporting service's, quoted there for the limit of then, 120: {@code {"@odata.context":
     * ".../auditLogs/$metadata#Edm.String", "value": "Cannot query data for more than 120 users at a
     * time."}}. The simulator sends that with today's 500; the status is not quoted, 400 is assumed.
     */
    private static void tooManyForSignIns(HttpExchange exchange) throws IOException {
        Exchanges.sendJson(
                exchange,
                400,
                json -> json.writeStartObject()
                        .write(
                                "@odata.context",
                                "http://reportingservice.activedirectory.windowsazure.com/auditLogs/$metadata#Edm.String")
                        .write(
                                "value",
                                "Cannot query data for more than " + MAX_PAGE_WITH_SIGN_INS + " users at a time.")
                        .writeEnd());
    }

    /**
     * A delta round: every user first (or, from {@code $deltatoken=latest}, none), then from its
     * delta link the users changed since. As Graph: {@code $top} is ignored, pages hold what {@code
     * Prefer: odata.maxpagesize} asks up to 200, {@code $filter} takes only {@code id eq '…'} joined
     * by {@code or}, and a link expires after seven days or when the tenant's links were expired.
     */
    private void delta(HttpExchange exchange, Tenant tenant, Map<String, String> query) throws IOException, GraphError {
        PageToken round;
        long now = clock.instant().getEpochSecond();
        if (query.containsKey("$skiptoken")) {
            round = PageToken.decode(query.get("$skiptoken"), "delta");
        } else if (query.containsKey("$deltatoken") && !"latest".equals(query.get("$deltatoken"))) {
            PageToken since = PageToken.decode(query.get("$deltatoken"), "since");
            if (since.epoch() != tenant.deltaEpoch()) {
                throw new GraphError(
                        410,
                        "resyncRequired",
                        "Resync required. The delta token is no longer valid; start a new round without it.");
            }
            if (now - since.issuedAt() > DELTA_LINK_LIFETIME.toSeconds()) {
                throw new GraphError(
                        400,
                        "syncStateNotFound",
                        "The sync state generation is not found. The delta token is expired and data must be"
                                + " synchronized again.");
            }
            round = new PageToken(
                    "delta",
                    0,
                    since.roundVersion(),
                    tenant.read(Tenant::version),
                    since.select(),
                    now,
                    since.epoch(),
                    since.ids());
        } else {
            List<String> select = UserProperties.select(query.get("$select"));
            if (select.contains(UserProperties.SIGN_IN_ACTIVITY)) {
                // Not in Microsoft's delta page; the service's answer, microsoft-graph-explorer-v4#3189
                throw new GraphError(
                        400,
                        "BadRequest",
                        "Invalid request for delta query: for this entity set, $expand/$select is not supported"
                                + " for the following properties: " + UserProperties.SIGN_IN_ACTIVITY);
            }
            List<String> ids = DeltaFilter.ids(query.get("$filter"));
            long version = tenant.read(Tenant::version);
            round = new PageToken("delta", 0, -1, version, select, now, tenant.deltaEpoch(), ids);
            if ("latest".equals(query.get("$deltatoken"))) {
                round = new PageToken("delta", 0, version, version, select, now, tenant.deltaEpoch(), ids);
            }
        }
        String prefer = exchange.getRequestHeaders().containsKey("Prefer")
                ? String.join(", ", exchange.getRequestHeaders().get("Prefer"))
                : null;
        int size = DeltaFilter.pageSize(prefer);
        boolean minimal = DeltaFilter.asksMinimal(prefer);
        PageToken current = round;
        long since = current.sinceVersion();
        Set<String> followed = Set.copyOf(current.ids());
        Page<SimUser> page = tenant.read(t -> Page.collect(
                t.userSlots(),
                current.offset(),
                size,
                user -> (followed.isEmpty() || followed.contains(user.id()))
                        && (since < 0 ? !user.deleted() : user.version() > since),
                SimUser::snapshot));
        Map<String, String> linkQuery = Map.of();
        String link = page.exhausted()
                ? link(
                        exchange,
                        "/v1.0/users/delta",
                        linkQuery,
                        "$deltatoken",
                        new PageToken(
                                        "since",
                                        0,
                                        -1,
                                        current.roundVersion(),
                                        current.select(),
                                        current.issuedAt(),
                                        current.epoch(),
                                        current.ids())
                                .encode())
                : link(
                        exchange,
                        "/v1.0/users/delta",
                        linkQuery,
                        "$skiptoken",
                        current.at(page.nextOffset()).encode());
        List<String> applied = new ArrayList<>();
        if (DeltaFilter.asksPageSize(prefer)) {
            applied.add("odata.maxpagesize=" + size);
        }
        if (minimal) {
            applied.add("return=minimal");
        }
        if (!applied.isEmpty()) {
            exchange.getResponseHeaders().set("Preference-Applied", String.join(", ", applied));
        }
        Exchanges.sendJson(exchange, 200, json -> {
            json.writeStartObject()
                    .write("@odata.context", METADATA + "users(" + String.join(",", current.select()) + ")");
            writeUsers(json, page.items(), current.select(), minimal ? since : -1);
            json.write(page.exhausted() ? "@odata.deltaLink" : "@odata.nextLink", link);
            json.writeEnd();
        });
    }

    private static void writeUsers(JsonGenerator json, List<SimUser> users, List<String> select) {
        writeUsers(json, users, select, -1);
    }

    /**
     * @param minimalSince with {@code Prefer: return=minimal} in a round after the first, the version
     *                     the round started from: a user changed since then is written with its id and
     *                     the selected properties that changed only (one added since then in full), as
     *                     Graph does; -1 writes every selected property
     */
    private static void writeUsers(JsonGenerator json, List<SimUser> users, List<String> select, long minimalSince) {
        json.writeStartArray("value");
        for (SimUser user : users) {
            if (minimalSince >= 0 && !user.deleted() && !user.createdAfter(minimalSince)) {
                UserProperties.write(
                        json,
                        user,
                        select.stream()
                                .filter(p -> p.equals("id") || user.changedAfter(p, minimalSince))
                                .toList());
                continue;
            }
            if (user.deleted()) {
                json.writeStartObject()
                        .write("id", user.id())
                        .writeStartObject("@removed")
                        .write("reason", "changed")
                        .writeEnd()
                        .writeEnd();
            } else {
                UserProperties.write(json, user, select);
            }
        }
        json.writeEnd();
    }

    static int pageSize(String top) throws GraphError {
        if (top == null) {
            return DEFAULT_PAGE;
        }
        try {
            int size = Integer.parseInt(top.strip());
            if (size >= 1 && size <= MAX_PAGE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below like any other out-of-range value
        }
        throw new GraphError(
                400,
                "Request_UnsupportedQuery",
                "Invalid page size specified: '" + top + "'. Must be between 1 and " + MAX_PAGE + " inclusive.");
    }

    /** An absolute link to the same resource with the same query, the paging token replaced. */
    private static String link(
            HttpExchange exchange, String path, Map<String, String> query, String tokenName, String token) {
        List<String> pairs = new ArrayList<>();
        query.forEach((key, value) -> {
            if (!key.equals("$skiptoken") && !key.equals("$deltatoken")) {
                pairs.add(key + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2C", ","));
            }
        });
        pairs.add(tokenName + "=" + token);
        return "https://" + exchange.getRequestHeaders().getFirst("Host") + path + "?" + String.join("&", pairs);
    }

    /** A SKU's figures and subscriptions copied under the tenant's lock. */
    private record SkuView(
            CatalogueSku catalogue,
            AppliesTo appliesTo,
            String capabilityStatus,
            int enabled,
            int suspended,
            int warning,
            int lockedOut,
            int consumed,
            List<SimSubscription> subscriptions) {

        static SkuView of(SimSku sku) {
            return new SkuView(
                    new CatalogueSku(sku.skuId(), sku.partNumber(), sku.servicePlans()),
                    sku.appliesTo(),
                    sku.capabilityStatus(),
                    sku.enabled(),
                    sku.suspended(),
                    sku.warning(),
                    sku.lockedOut(),
                    sku.consumed(),
                    sku.subscriptions().stream().map(SimSubscription::snapshot).toList());
        }
    }

    /** A subscription with the SKU it backs. */
    private record SubscriptionView(SkuView sku, SimSubscription subscription) {}
}
