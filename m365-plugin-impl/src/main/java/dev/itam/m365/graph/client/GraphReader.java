package dev.itam.m365.graph.client;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.GraphSettings;
import dev.itam.m365.graph.GraphUsage;
import dev.itam.m365.graph.RetryBudget;
import dev.itam.m365.graph.Retrying;
import dev.itam.m365.graph.access.TenantAccess;
import dev.itam.m365.graph.access.TokenService;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Reads a tenant through Microsoft Graph: its SKUs, their subscriptions, and its users page by page (500
 * at a time with sign-in activity, 999 without, following {@code @odata.nextLink}), so memory stays
 * bounded however large the tenant is. Each
 * request is one call with one retry budget, shared with the token it needs.
 */
@ApplicationScoped
public class GraphReader {

    static final int PAGE_SIZE = 999;

    private static final String SKUS = "the tenant's licences (subscribedSkus)";

    /** Graph's page size on users/delta, asked through {@code Prefer}: {@code $top} does not apply there. */
    static final String DELTA_PAGE_SIZE = "odata.maxpagesize=200";

    /** Graph's largest page of users when {@code signInActivity} is selected. */
    static final int PAGE_SIZE_WITH_SIGN_INS = 500;

    /** Graph's 403 code for sign-in activity asked of a tenant without Entra ID P1/P2 (or a B2C tenant). */
    static final String NOT_PREMIUM = "Authentication_RequestFromNonPremiumTenantOrB2CTenant";

    /**
     * Graph's 403 codes for a permission the app lacks, here AuditLog.Read.All: Microsoft's docs name
     * {@code Authorization_RequestDenied}; the service has been seen answering
     * {@code Authentication_MSGraphPermissionMissing} ("Calling principal does not have required MSGraph
     * permissions AuditLog.Read.All", microsoft-graph-explorer-v4#2731), so both count.
     */
    static final Set<String> PERMISSION_MISSING =
            Set.of("authorization_requestdenied", "authentication_msgraphpermissionmissing");

    @Inject
    TokenService tokens;

    @Inject
    GraphSettings settings;

    @Inject
    Retrying retrying;

    /** Fetches a collection's next page while the caller handles the one before. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor fetcher;

    private final Map<String, GraphApi> clients = new ConcurrentHashMap<>();

    /**
     * Has the token of a stored portal held before calls that start at the same time, so that they
     * share one sign-in instead of each asking Entra ID for a token. Fails as {@link #subscribedSkus},
     * an import's first call, would have; connection data not saved yet hold no token, so for them it
     * does nothing.
     */
    public void signIn(TenantAccess access) {
        if (access.cacheKey().isPresent()) {
            String graphUrl = settings.endpoints(access.cloud()).graphUrl();
            guarded(SKUS, graphUrl, () -> tokens.accessToken(access, retrying.budget()));
        }
    }

    public List<SubscribedSku> subscribedSkus(TenantAccess access, GraphUsage usage) {
        String graphUrl = settings.endpoints(access.cloud()).graphUrl();
        SkuList list =
                read(access, usage, SKUS, graphUrl, bearer -> api(graphUrl).subscribedSkus(bearer));
        return list == null || list.value() == null ? List.of() : list.value();
    }

    /**
     * Every subscription of the tenant ({@code /directory/subscriptions}), or the reason Graph refused
     * them: a tenant whose app may read licences and users but not subscriptions still imports. No
     * {@code $top}: Microsoft documents none for this list, and a tenant has tens of subscriptions.
     */
    public SubscriptionsRead subscriptions(TenantAccess access, GraphUsage usage) {
        List<CompanySubscription> all = new ArrayList<>();
        PagedCollection<CompanySubscription> subscriptions = new PagedCollection<>(
                access,
                usage,
                "the tenant's subscriptions (directory/subscriptions)",
                "directory/subscriptions",
                (api, bearer, query) -> api.subscriptions(bearer, query.get("$top"), query.get("$skiptoken")));
        try {
            subscriptions.forEachPageFrom(subscriptions.page(Map.of()), all::addAll);
        } catch (GraphForbidden forbidden) {
            return SubscriptionsRead.denied(forbidden.getMessage());
        }
        return SubscriptionsRead.read(all);
    }

    /**
     * Hands every page of users to {@code pages}, in Graph's order: with their sign-in activity, 500 at
     * a time (Graph's limit when {@code signInActivity} is selected), when Graph gives it. When Graph
     * refuses the first page with 403 because the tenant has no Entra ID P1/P2 licence
     * ({@code Authentication_RequestFromNonPremiumTenantOrB2CTenant}) or the app lacks AuditLog.Read.All
     * ({@link #PERMISSION_MISSING}), the users are read again without it, 999 at a time: the
     * import goes on, and the answer says why sign-ins are missing. Any other refusal, or one of a later
     * page, fails as usual; a 403 of the second reading means the app may not read users at all.
     *
     * @return whether the sign-ins were read, and if not why
     */
    public SignInActivity forEachUserPage(TenantAccess access, GraphUsage usage, Consumer<List<GraphUser>> pages) {
        PagedCollection<GraphUser> users = new PagedCollection<>(
                access,
                usage,
                "the users",
                "users",
                (api, bearer, query) ->
                        api.users(bearer, query.get("$select"), query.get("$top"), query.get("$skiptoken")));
        GraphPage<GraphUser> first;
        SignInActivity signIns;
        try {
            first = users.page(userQuery(GraphUser.SELECT_WITH_SIGN_INS, PAGE_SIZE_WITH_SIGN_INS));
            signIns = SignInActivity.READ;
        } catch (GraphForbidden forbidden) {
            signIns = signInsRefused(forbidden);
            first = users.page(userQuery(GraphUser.SELECT, PAGE_SIZE));
        }
        users.forEachPageFrom(first, counted(usage, pages));
        return signIns;
    }

    /**
     * Starts tracking the tenant's users from now ({@code users/delta} with {@code $deltatoken=latest}:
     * no users, a delta link). A full import takes it before it reads the users, so that what changes
     * while it reads is in the next round, not lost. Signed-in times are not selectable on delta.
     */
    public String latestDeltaLink(TenantAccess access, GraphUsage usage) {
        String graphUrl = settings.endpoints(access.cloud()).graphUrl();
        DeltaPage page = read(
                access,
                usage,
                "the start of the users' change tracking (users/delta)",
                graphUrl,
                bearer -> api(graphUrl).usersDelta(bearer, null, GraphUser.SELECT, "latest", null));
        if (page == null || page.deltaLink() == null) {
            throw new GraphFailure(
                    FailureCategory.RESPONSE_UNREADABLE,
                    "Microsoft Graph answered users/delta with $deltatoken=latest without a delta link.");
        }
        NextLink.query(page.deltaLink(), graphUrl, "users/delta");
        return page.deltaLink();
    }

    /**
     * Follows a delta link: hands every page of the users changed since (removed ones marked) to
     * {@code pages}, 200 at a time, the most Graph gives on delta, asked for on every page as Graph
     * wants; returns the delta link where the next round starts.
     *
     * @throws DeltaLinkExpired when Graph no longer follows the link
     */
    public String forEachChangedUserPage(
            TenantAccess access, GraphUsage usage, String deltaLink, Consumer<List<GraphUser>> pages) {
        String graphUrl = settings.endpoints(access.cloud()).graphUrl();
        PagedCollection<GraphUser> changes = new PagedCollection<>(
                access,
                usage,
                "the users changed since the last import (users/delta)",
                "users/delta",
                (api, bearer, query) -> api.usersDelta(
                        bearer,
                        DELTA_PAGE_SIZE,
                        query.get("$select"),
                        query.get("$deltatoken"),
                        query.get("$skiptoken")));
        GraphPage<GraphUser> last = changes.forEachPageFrom(
                changes.page(NextLink.query(deltaLink, graphUrl, "users/delta")), counted(usage, pages));
        String next = last instanceof DeltaPage delta ? delta.deltaLink() : null;
        if (next == null) {
            throw new GraphFailure(
                    FailureCategory.RESPONSE_UNREADABLE,
                    "Microsoft Graph ended a round of users/delta without a delta link.");
        }
        NextLink.query(next, graphUrl, "users/delta");
        return next;
    }

    /** Hands each page of users on after the run's usage counted it. */
    private static Consumer<List<GraphUser>> counted(GraphUsage usage, Consumer<List<GraphUser>> pages) {
        return page -> {
            usage.userPage(page.size());
            pages.accept(page);
        };
    }

    private static Map<String, String> userQuery(String select, int top) {
        return Map.of("$select", select, "$top", Integer.toString(top));
    }

    /** @throws GraphForbidden when Graph refused for another reason than sign-in activity */
    private static SignInActivity signInsRefused(GraphForbidden forbidden) {
        if (NOT_PREMIUM.equalsIgnoreCase(forbidden.graphCode())) {
            return SignInActivity.NOT_PREMIUM;
        }
        if (forbidden.graphCode() != null
                && PERMISSION_MISSING.contains(forbidden.graphCode().toLowerCase(Locale.ROOT))) {
            return SignInActivity.PERMISSION_MISSING;
        }
        throw forbidden;
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
     * never multiply. A 401 (the token revoked or expired meanwhile) is worth one fresh token. The
     * request first waits when Graph said the app nears its limit, and tells the run's usage what
     * Graph answered and how many retries the call took, however it ended.
     */
    private <T> T read(TenantAccess access, GraphUsage usage, String what, String graphUrl, AuthorizedCall<T> call) {
        RetryBudget budget = retrying.budget();
        try {
            return read(access, usage, what, graphUrl, call, budget);
        } finally {
            usage.retried(budget.retries());
        }
    }

    private <T> T read(
            TenantAccess access,
            GraphUsage usage,
            String what,
            String graphUrl,
            AuthorizedCall<T> call,
            RetryBudget budget) {
        String token = guarded(what, graphUrl, () -> tokens.accessToken(access, budget));
        retrying.pace(usage);
        try {
            return retrying.call(
                    budget,
                    () -> guarded(
                            what, graphUrl, () -> ThrottleHeaders.during(usage, () -> call.with("Bearer " + token))));
        } catch (TokenRejected rejected) {
            if (!budget.spend(Duration.ZERO)) {
                throw rejected;
            }
            String renewed = guarded(what, graphUrl, () -> tokens.renewedToken(access, token, budget));
            return retrying.call(
                    budget,
                    () -> guarded(
                            what, graphUrl, () -> ThrottleHeaders.during(usage, () -> call.with("Bearer " + renewed))));
        }
    }

    /** The one REST client of a Graph URL; tests hand in their own. */
    GraphApi api(String graphUrl) {
        return clients.computeIfAbsent(graphUrl, url -> {
            RestClientBuilder builder = RestClientBuilder.newBuilder()
                    .baseUri(URI.create(url + "/"))
                    .register(GraphErrorMapper.class)
                    .register(ThrottleHeaders.class)
                    .register(UserPagesReader.class)
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

    /**
     * A Graph collection read page by page. Each {@code @odata.nextLink} is followed with the query it
     * carries ({@code $select}, {@code $top}, {@code $skiptoken}) on the one client of this Graph URL,
     * instead of building a client per page.
     */
    private final class PagedCollection<T> {

        private final TenantAccess access;
        private final GraphUsage usage;
        private final String what;
        private final String resource;
        private final PageCall<T> call;
        private final String graphUrl;

        PagedCollection(TenantAccess access, GraphUsage usage, String what, String resource, PageCall<T> call) {
            this.access = access;
            this.usage = usage;
            this.what = what;
            this.resource = resource;
            this.call = call;
            this.graphUrl = settings.endpoints(access.cloud()).graphUrl();
        }

        GraphPage<T> page(Map<String, String> query) {
            return read(access, usage, what, graphUrl, bearer -> call.page(api(graphUrl), bearer, query));
        }

        /**
         * Hands {@code first} and every page after it to {@code pages}, and returns the last, fetching each next page while
         * the one before is handled: the import stages a page as the next one downloads and parses,
         * one page ahead, so at most two pages are held whatever the tenant's size.
         */
        GraphPage<T> forEachPageFrom(GraphPage<T> first, Consumer<List<T>> pages) {
            GraphPage<T> page = first;
            while (true) {
                String nextLink = page.nextLink();
                CompletableFuture<GraphPage<T>> next = nextLink == null
                        ? null
                        : CompletableFuture.supplyAsync(
                                () -> page(NextLink.query(nextLink, graphUrl, resource)), fetcher);
                pages.accept(page.value() == null ? List.of() : page.value());
                if (next == null) {
                    return page;
                }
                page = awaited(next);
            }
        }
    }

    /** The fetched page, or what fetching it threw, as if it had been fetched here. */
    private static <P> P awaited(CompletableFuture<P> fetch) {
        try {
            return fetch.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
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
