package dev.itam.m365.graph.client;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.GraphSettings;
import dev.itam.m365.graph.RetryBudget;
import dev.itam.m365.graph.Retrying;
import dev.itam.m365.graph.access.TenantAccess;
import dev.itam.m365.graph.access.TokenService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Reads a tenant through Microsoft Graph: its SKUs, their subscriptions, and its users page by page (999 at a time,
 * following {@code @odata.nextLink}), so memory stays bounded however large the tenant is. Each
 * request is one call with one retry budget, shared with the token it needs.
 */
@ApplicationScoped
public class GraphReader {

    static final int PAGE_SIZE = 999;

    @Inject
    TokenService tokens;

    @Inject
    GraphSettings settings;

    @Inject
    Retrying retrying;

    private final Map<String, GraphApi> clients = new ConcurrentHashMap<>();

    public List<SubscribedSku> subscribedSkus(TenantAccess access) {
        String graphUrl = settings.endpoints(access.cloud()).graphUrl();
        SkuList list = read(
                access,
                "the tenant's licences (subscribedSkus)",
                graphUrl,
                bearer -> api(graphUrl).subscribedSkus(bearer));
        return list == null || list.value() == null ? List.of() : list.value();
    }

    /**
     * Every subscription of the tenant ({@code /directory/subscriptions}), or the reason Graph refused
     * them: a tenant whose app may read licences and users but not subscriptions still imports. No
     * {@code $top}: Microsoft documents none for this list, and a tenant has tens of subscriptions.
     */
    public SubscriptionsRead subscriptions(TenantAccess access) {
        List<CompanySubscription> all = new ArrayList<>();
        try {
            forEachPage(
                    access,
                    "the tenant's subscriptions (directory/subscriptions)",
                    "directory/subscriptions",
                    Map.of(),
                    (api, bearer, query) -> api.subscriptions(bearer, query.get("$top"), query.get("$skiptoken")),
                    all::addAll);
        } catch (GraphForbidden forbidden) {
            return SubscriptionsRead.denied(forbidden.getMessage());
        }
        return SubscriptionsRead.read(all);
    }

    /** Hands every page of users to {@code pages}, in Graph's order, 999 at a time. */
    public void forEachUserPage(TenantAccess access, Consumer<List<GraphUser>> pages) {
        forEachPage(
                access,
                "the users",
                "users",
                Map.of("$select", GraphUser.SELECT, "$top", Integer.toString(PAGE_SIZE)),
                (api, bearer, query) ->
                        api.users(bearer, query.get("$select"), query.get("$top"), query.get("$skiptoken")),
                pages);
    }

    /**
     * Reads a collection page by page. Each {@code @odata.nextLink} is followed with the query it
     * carries ({@code $select}, {@code $top}, {@code $skiptoken}) on the one client of this Graph URL,
     * instead of building a client per page.
     */
    private <T> void forEachPage(
            TenantAccess access,
            String what,
            String resource,
            Map<String, String> firstQuery,
            PageCall<T> call,
            Consumer<List<T>> pages) {
        String graphUrl = settings.endpoints(access.cloud()).graphUrl();
        Map<String, String> query = firstQuery;
        while (query != null) {
            Map<String, String> current = query;
            GraphPage<T> page = read(access, what, graphUrl, bearer -> call.page(api(graphUrl), bearer, current));
            pages.accept(page.value() == null ? List.of() : page.value());
            query = page.nextLink() == null ? null : NextLink.query(page.nextLink(), graphUrl, resource);
        }
    }

    @PreDestroy
    void closeClients() {
        clients.values().forEach(api -> {
            try {
                api.close();
            } catch (Exception e) {
                // closing at shutdown; nothing left to do
            }
        });
    }

    /**
     * One call: the token is acquired before the Graph request's retries, not inside them, so the two
     * never multiply. A 401 (the token revoked or expired meanwhile) is worth one fresh token.
     */
    private <T> T read(TenantAccess access, String what, String graphUrl, AuthorizedCall<T> call) {
        RetryBudget budget = retrying.budget();
        String token = guarded(what, graphUrl, () -> tokens.accessToken(access, budget));
        try {
            return retrying.call(budget, () -> guarded(what, graphUrl, () -> call.with("Bearer " + token)));
        } catch (TokenRejected rejected) {
            if (!budget.spend(Duration.ZERO)) {
                throw rejected;
            }
            String renewed = guarded(what, graphUrl, () -> tokens.renewedToken(access, token, budget));
            return retrying.call(budget, () -> guarded(what, graphUrl, () -> call.with("Bearer " + renewed)));
        }
    }

    private GraphApi api(String graphUrl) {
        return clients.computeIfAbsent(graphUrl, url -> {
            RestClientBuilder builder = RestClientBuilder.newBuilder()
                    .baseUri(URI.create(url + "/"))
                    .register(GraphErrorMapper.class)
                    .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            settings.sslContext().ifPresent(builder::sslContext);
            return builder.build(GraphApi.class);
        });
    }

    /** Classifies what the REST client throws besides mapped error responses. */
    private static <T> T guarded(String what, String graphUrl, ClientCall<T> call) {
        try {
            return call.get();
        } catch (GraphFailure failure) {
            throw failure;
        } catch (ProcessingException e) {
            throw classify(e, what, graphUrl);
        } catch (Exception e) {
            if (e.getCause() instanceof GraphFailure failure) {
                throw failure;
            }
            throw new GraphFailure(FailureCategory.INTERNAL_ERROR, "Reading " + what + " failed: " + e, false, null, e);
        }
    }

    private static GraphFailure classify(ProcessingException failure, String what, String graphUrl) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof GraphFailure graphFailure) {
                return graphFailure;
            }
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return new GraphFailure(
                        FailureCategory.RESPONSE_UNREADABLE,
                        "Microsoft Graph answered success for " + what + ", but the response could not be read: "
                                + t.getMessage(),
                        false,
                        null,
                        failure);
            }
            if (t instanceof IOException io) {
                boolean unreachable = io instanceof ConnectException || io instanceof UnknownHostException;
                return new GraphFailure(
                        FailureCategory.CONNECTION_FAILED,
                        "Could not " + (unreachable ? "connect to" : "complete the call to") + " the Graph server "
                                + graphUrl + " (" + io.getClass().getSimpleName()
                                + (io.getMessage() == null ? "" : ": " + io.getMessage())
                                + "). Check the network, proxy and"
                                + " firewall between this server and Microsoft Graph.",
                        !unreachable,
                        null,
                        failure);
            }
        }
        return new GraphFailure(
                FailureCategory.RESPONSE_UNREADABLE,
                "Microsoft Graph's answer for " + what + " could not be processed: " + failure.getMessage(),
                false,
                null,
                failure);
    }

    /** Asks for one page of a collection with the query of the page before's next link. */
    @FunctionalInterface
    private interface PageCall<T> {
        GraphPage<T> page(GraphApi api, String authorization, Map<String, String> query) throws Exception;
    }

    /** A REST call with its Authorization header. */
    @FunctionalInterface
    private interface AuthorizedCall<T> {
        T with(String authorization) throws Exception;
    }

    /** A REST call that may throw what closing its client throws. */
    @FunctionalInterface
    private interface ClientCall<T> {
        T get() throws Exception;
    }
}
