package dev.itam.m365.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.graph.GraphCalls;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.GraphSettings;
import dev.itam.m365.graph.GraphUsage;
import dev.itam.m365.graph.RequestPriority;
import dev.itam.m365.graph.RetryBudget;
import dev.itam.m365.graph.Retrying;
import dev.itam.m365.graph.TestConfig;
import dev.itam.m365.graph.access.TenantAccess;
import dev.itam.m365.graph.access.TokenService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the reader asks Graph for users: with sign-in activity 500 at a time, and when Graph refuses
 * that on the first page for lack of premium or of AuditLog.Read.All, again without it 999 at a time.
 * Graph is a stub that answers each request in turn, its refusals mapped by {@link GraphErrorMapper}
 * from Graph's documented error bodies.
 */
class GraphReaderUsersTest {

    private static final String GRAPH = "https://graph.microsoft.com/v1.0";
    private static final TenantAccess TENANT = new TenantAccess(
            "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "0a1b2c3d-4e5f-6789-abcd-ef0123456789",
            NationalCloud.GLOBAL,
            null,
            Optional.empty());

    private final StubGraph graph = new StubGraph();
    private final GraphUsage usage = new GraphUsage(RequestPriority.LOW);
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final List<List<GraphUser>> pages = new ArrayList<>();

    @Test
    void signInsAreRead500AtATimeFollowingTheNextLinks() {
        graph.answer(() ->
                page("u1", GRAPH + "/users?$select=" + GraphUser.SELECT_WITH_SIGN_INS + "&$top=500&$skiptoken=p2"));
        graph.answer(() -> page("u2", null));

        SignInActivity signIns = reader().forEachUserPage(TENANT, usage, pages::add);

        assertThat(signIns).isEqualTo(SignInActivity.READ);
        assertThat(graph.requests)
                .containsExactly(
                        new Request(GraphUser.SELECT_WITH_SIGN_INS, "500", null),
                        new Request(GraphUser.SELECT_WITH_SIGN_INS, "500", "p2"));
        assertThat(GraphUser.SELECT_WITH_SIGN_INS).contains("signInActivity", "userType", "createdDateTime");
        assertThat(pages).extracting(p -> p.get(0).id()).containsExactly("u1", "u2");
    }

    /** Page 1 is handled only once page 2 has been asked for: without fetching ahead this would time out. */
    @Test
    void theNextPageIsFetchedWhileThePageBeforeIsHandled() throws Exception {
        CountDownLatch secondAsked = new CountDownLatch(1);
        graph.answer(() ->
                page("u1", GRAPH + "/users?$select=" + GraphUser.SELECT_WITH_SIGN_INS + "&$top=500&$skiptoken=p2"));
        graph.answer(() -> {
            secondAsked.countDown();
            return page("u2", null);
        });
        ExecutorService fetcher = Executors.newSingleThreadExecutor();
        GraphReader reader = reader();
        reader.fetcher = fetcher;
        List<Boolean> aheadWhileHandling = new ArrayList<>();
        try {
            reader.forEachUserPage(TENANT, usage, page -> {
                pages.add(page);
                try {
                    aheadWhileHandling.add(secondAsked.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            fetcher.shutdownNow();
        }

        assertThat(aheadWhileHandling).containsExactly(true, true);
        assertThat(pages).extracting(p -> p.get(0).id()).containsExactly("u1", "u2");
    }

    /** The delta link a full import takes before reading: from now on, the properties the import reads, no sign-ins. */
    @Test
    void changeTrackingStartsFromNowWithTheImportsPropertiesButSignIns() {
        graph.deltaAnswers.add(() -> new DeltaPage(List.of(), null, GRAPH + "/users/delta?$deltatoken=t1"));
        graph.deltaAnswers.add(
                () -> new DeltaPage(List.of(), null, "https://elsewhere.example/v1.0/users/delta?$deltatoken=t2"));

        String link = reader().latestDeltaLink(TENANT, usage);

        assertThat(link).isEqualTo(GRAPH + "/users/delta?$deltatoken=t1");
        assertThat(graph.deltaRequests).containsExactly(new Request(GraphUser.SELECT, "latest", null));
        assertThatThrownBy(() -> reader().latestDeltaLink(TENANT, usage))
                .isInstanceOf(GraphFailure.class)
                .hasMessageContaining("elsewhere.example");
    }

    /**
     * A delta round from the stored link: 200 users a page through {@code Prefer} on every page (Graph
     * ignores {@code $top} there), removed users handed on as such, and the new delta link returned.
     */
    @Test
    void aDeltaRoundFollowsItsLinksAndGivesTheNextRoundsLink() {
        List<String> prefers = new ArrayList<>();
        graph.deltaAnswers.add(() -> new DeltaPage(
                List.of(page("changed", null).value().get(0)), GRAPH + "/users/delta?$skiptoken=s2", null));
        graph.deltaAnswers.add(() -> new DeltaPage(
                List.of(new GraphUser(
                        "gone",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new GraphUser.Removed("deleted"))),
                null,
                GRAPH + "/users/delta?$deltatoken=d2"));
        graph.prefers = prefers;

        String next = reader().forEachChangedUserPage(TENANT, usage, GRAPH + "/users/delta?$deltatoken=d1", pages::add);

        assertThat(next).isEqualTo(GRAPH + "/users/delta?$deltatoken=d2");
        assertThat(graph.deltaRequests).containsExactly(new Request(null, "d1", null), new Request(null, null, "s2"));
        assertThat(prefers).containsExactly("odata.maxpagesize=200", "odata.maxpagesize=200");
        assertThat(pages).extracting(p -> p.get(0).id()).containsExactly("changed", "gone");
        assertThat(pages.get(1).get(0).isRemoved()).isTrue();
        assertThat(pages.get(0).get(0).isRemoved()).isFalse();
    }

    /**
     * Graph said after page 1 that the app used 95 % of its limit: page 2 waits the 1.5 s the bucket
     * takes to drain back to 80 %, asked on the fetching thread with the run's usage, which counts
     * both answers.
     */
    @Test
    void anAnswerNearTheLimitSlowsTheNextRequestDownAndTheRunsUsageCountsEveryAnswer() {
        ExecutorService fetcher = Executors.newSingleThreadExecutor();
        List<GraphUsage> asking = new CopyOnWriteArrayList<>();
        graph.answer(() -> {
            asking.add(ThrottleHeaders.current());
            ThrottleHeaders.current().answered(200, "1", "0.95");
            return page("u1", GRAPH + "/users?$select=" + GraphUser.SELECT_WITH_SIGN_INS + "&$top=500&$skiptoken=p2");
        });
        graph.answer(() -> {
            asking.add(ThrottleHeaders.current());
            ThrottleHeaders.current().answered(200, "1", null);
            return page("u2", null);
        });
        GraphReader reader = reader();
        reader.fetcher = fetcher;
        try {
            reader.forEachUserPage(TENANT, usage, pages::add);
        } finally {
            fetcher.shutdownNow();
        }

        assertThat(pauses).containsExactly(Duration.ofMillis(1_500));
        assertThat(asking).containsExactly(usage, usage);
        assertThat(usage.figures()).isEqualTo(new GraphCalls(2, 2, 0, 1_500, 0, 2, 2));
        assertThat(pages).hasSize(2);
    }

    @Test
    void theRunsUsageCountsThePagesOfUsersTheUsersOnThemAndTheRetries() {
        graph.answer(() ->
                page("u1", GRAPH + "/users?$select=" + GraphUser.SELECT_WITH_SIGN_INS + "&$top=500&$skiptoken=p2"));
        graph.answer(() -> {
            throw GraphErrorMapper.failure(503, "1", "{\"error\": {\"code\": \"serviceNotAvailable\"}}");
        });
        graph.answer(() -> page("u2", null));

        reader().forEachUserPage(TENANT, usage, pages::add);

        assertThat(usage.figures().userPages()).isEqualTo(2);
        assertThat(usage.figures().usersRead()).isEqualTo(2);
        assertThat(usage.figures().retries()).isEqualTo(1);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aTenantWithoutEntraIdPremiumIsReadAgainWithoutSignIns999AtATime() {
        graph.answer(() -> {
            throw forbidden(
                    "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
                    "Neither tenant is B2C or tenant doesn't have premium license");
        });
        graph.answer(() -> page("u1", GRAPH + "/users?$select=" + GraphUser.SELECT + "&$top=999&$skiptoken=p2"));
        graph.answer(() -> page("u2", null));

        SignInActivity signIns = reader().forEachUserPage(TENANT, usage, pages::add);

        assertThat(signIns).isEqualTo(SignInActivity.NOT_PREMIUM);
        assertThat(graph.requests)
                .containsExactly(
                        new Request(GraphUser.SELECT_WITH_SIGN_INS, "500", null),
                        new Request(GraphUser.SELECT, "999", null),
                        new Request(GraphUser.SELECT, "999", "p2"));
        assertThat(GraphUser.SELECT).doesNotContain("signInActivity");
        assertThat(pages).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Authorization_RequestDenied|Insufficient privileges to complete the operation.",
                "Authentication_MSGraphPermissionMissing|Calling principal does not have required MSGraph permissions"
                        + " AuditLog.Read.All"
            })
    void anAppWithoutAuditLogReadAllIsReadAgainWithoutSignIns(String code, String message) {
        graph.answer(() -> {
            throw forbidden(code, message);
        });
        graph.answer(() -> page("u1", null));

        SignInActivity signIns = reader().forEachUserPage(TENANT, usage, pages::add);

        assertThat(signIns).isEqualTo(SignInActivity.PERMISSION_MISSING);
        assertThat(graph.requests)
                .containsExactly(
                        new Request(GraphUser.SELECT_WITH_SIGN_INS, "500", null),
                        new Request(GraphUser.SELECT, "999", null));
        assertThat(pages).hasSize(1);
    }

    @Test
    void anotherRefusalOfTheFirstPageFailsTheReading() {
        graph.answer(() -> {
            throw forbidden(
                    "Authorization_IdentityNotFound",
                    "The identity of the calling application could not be established.");
        });

        assertThatThrownBy(() -> reader().forEachUserPage(TENANT, usage, pages::add))
                .isInstanceOf(GraphForbidden.class)
                .hasMessageContaining("Authorization_IdentityNotFound");
        assertThat(graph.requests).hasSize(1);
        assertThat(pages).isEmpty();
    }

    @Test
    void aRefusalOfALaterPageFailsRatherThanMixPagesWithAndWithoutSignIns() {
        graph.answer(() ->
                page("u1", GRAPH + "/users?$select=" + GraphUser.SELECT_WITH_SIGN_INS + "&$top=500&$skiptoken=p2"));
        graph.answer(() -> {
            throw forbidden("Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        });

        assertThatThrownBy(() -> reader().forEachUserPage(TENANT, usage, pages::add))
                .isInstanceOf(GraphForbidden.class);
        assertThat(graph.requests).hasSize(2);
        assertThat(pages).hasSize(1);
    }

    @Test
    void aRefusalOfTheReadingWithoutSignInsMeansTheAppMayNotReadUsers() {
        graph.answer(() -> {
            throw forbidden("Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        });
        graph.answer(() -> {
            throw forbidden("Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        });

        assertThatThrownBy(() -> reader().forEachUserPage(TENANT, usage, pages::add))
                .isInstanceOf(GraphFailure.class)
                .hasMessageContaining("User.Read.All");
        assertThat(graph.requests).hasSize(2);
    }

    /**
     * An import signs in once before the calls it starts together, so they share the stored portal's
     * token; connection data not saved yet hold no token, so signing in first would only add one.
     */
    @Test
    void signingInAsksForTheTokenOfAStoredPortalOnly() {
        List<TenantAccess> signedIn = new CopyOnWriteArrayList<>();
        GraphReader reader = reader();
        reader.tokens = new TokenService() {
            @Override
            public String accessToken(TenantAccess access, RetryBudget budget) {
                signedIn.add(access);
                return "token";
            }
        };
        TenantAccess stored =
                new TenantAccess(TENANT.tenantId(), TENANT.clientId(), TENANT.cloud(), null, Optional.of("portal:7:1"));

        reader.signIn(TENANT);
        reader.signIn(stored);

        assertThat(signedIn).containsExactly(stored);
        assertThat(graph.requests).isEmpty();
    }

    private GraphReader reader() {
        GraphSettings settings = new GraphSettings(TestConfig.defaultsWith(Map.of()));
        GraphReader reader = new GraphReader() {
            @Override
            GraphApi api(String graphUrl) {
                assertThat(graphUrl).isEqualTo(GRAPH);
                return graph;
            }
        };
        reader.settings = settings;
        reader.retrying = new Retrying(settings, pauses::add);
        reader.fetcher = Runnable::run;
        reader.tokens = new TokenService() {
            @Override
            public String accessToken(TenantAccess access, RetryBudget budget) {
                return "token";
            }
        };
        return reader;
    }

    private static UserPage page(String userId, String nextLink) {
        return new UserPage(
                List.of(new GraphUser(
                        userId, userId, null, null, true, null, "Member", null, null, List.of(), List.of(), null)),
                nextLink);
    }

    private static GraphFailure forbidden(String code, String message) {
        return GraphErrorMapper.failure(
                403,
                null,
                "{\"error\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\","
                        + " \"innerError\": {\"date\": \"2026-11-30T10:00:00\", \"request-id\": \"r-1\"}}}");
    }

    private record Request(String select, String top, String skipToken) {}

    /** Answers the users requests in turn; Graph's other calls are not part of these tests. */
    private static final class StubGraph implements GraphApi {

        final List<Request> requests = new CopyOnWriteArrayList<>();
        final List<Request> deltaRequests = new CopyOnWriteArrayList<>();
        final Deque<Supplier<DeltaPage>> deltaAnswers = new ConcurrentLinkedDeque<>();
        List<String> prefers;
        private final Deque<Supplier<UserPage>> answers = new ConcurrentLinkedDeque<>();

        void answer(Supplier<UserPage> answer) {
            answers.add(answer);
        }

        @Override
        public UserPage users(String authorization, String select, String top, String skipToken) {
            assertThat(authorization).isEqualTo("Bearer token");
            requests.add(new Request(select, top, skipToken));
            return answers.remove().get();
        }

        @Override
        public DeltaPage usersDelta(
                String authorization, String prefer, String select, String deltaToken, String skipToken) {
            assertThat(authorization).isEqualTo("Bearer token");
            deltaRequests.add(new Request(select, deltaToken, skipToken));
            if (prefers != null) {
                prefers.add(prefer);
            }
            return deltaAnswers.remove().get();
        }

        @Override
        public SkuList subscribedSkus(String authorization) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SubscriptionPage subscriptions(String authorization, String top, String skipToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}
    }
}
