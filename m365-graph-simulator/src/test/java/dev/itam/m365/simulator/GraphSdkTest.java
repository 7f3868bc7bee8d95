package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.models.CompanySubscription;
import com.microsoft.graph.models.ServicePlanInfo;
import com.microsoft.graph.models.SignInActivity;
import com.microsoft.graph.models.SubscribedSku;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import dev.itam.m365.simulator.tenant.CatalogueSku;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.SimSubscription;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Microsoft's own Graph SDK reads the simulator: every field it sends is one the SDK's models know. */
class GraphSdkTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T09:30:00Z"), ZoneOffset.UTC);

    private static GraphSimulator simulator;
    private static Tenant tenant;
    private static GraphServiceClient graph;

    @BeforeAll
    static void start() throws Exception {
        simulator = GraphSimulator.start(0, CLOCK);
        tenant = simulator.addTenant(TenantSpec.of(1, 200, 12));
        String token = new SimulatorClient(simulator).token(tenant);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(simulator.tls().trustStore());
        OkHttpClient http = GraphClientFactory.create()
                .sslSocketFactory(simulator.tls().clientContext().getSocketFactory(), (X509TrustManager)
                        trust.getTrustManagers()[0])
                .build();
        AccessTokenProvider tokens = new AccessTokenProvider() {
            @Override
            public String getAuthorizationToken(URI uri, Map<String, Object> context) {
                return token;
            }

            @Override
            public AllowedHostsValidator getAllowedHostsValidator() {
                return new AllowedHostsValidator("127.0.0.1");
            }
        };
        graph = new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(tokens), http);
        graph.getRequestAdapter().setBaseUrl(simulator.graphBaseUrl());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void subscriptionsParseIntoTheSdksModel() {
        List<CompanySubscription> subscriptions =
                graph.directory().subscriptions().get().getValue();
        List<SimSubscription> expected = new ArrayList<>();
        List<SimSku> owners = new ArrayList<>();
        tenant.read(t -> {
            t.skus()
                    .forEach(sku -> sku.subscriptions().forEach(s -> {
                        expected.add(s);
                        owners.add(sku);
                    }));
            return null;
        });

        assertThat(subscriptions).hasSize(expected.size());
        for (int i = 0; i < subscriptions.size(); i++) {
            CompanySubscription actual = subscriptions.get(i);
            SimSubscription wanted = expected.get(i);
            SimSku sku = owners.get(i);
            assertThat(actual.getAdditionalData()).as("unknown fields").isEmpty();
            assertThat(actual.getId()).isEqualTo(wanted.id());
            assertThat(actual.getCommerceSubscriptionId()).isEqualTo(wanted.commerceSubscriptionId());
            assertThat(actual.getStatus()).isEqualTo(wanted.status());
            assertThat(actual.getTotalLicenses()).isEqualTo(wanted.totalLicenses());
            assertThat(actual.getIsTrial()).isEqualTo(wanted.trial());
            assertThat(actual.getCreatedDateTime().toInstant()).isEqualTo(wanted.createdAt());
            assertThat(
                            actual.getNextLifecycleDateTime() == null
                                    ? null
                                    : actual.getNextLifecycleDateTime().toInstant())
                    .isEqualTo(wanted.nextLifecycleAt());
            assertThat(actual.getSkuId()).isEqualTo(sku.skuId());
            assertThat(actual.getSkuPartNumber()).isEqualTo(sku.partNumber());
            assertThat(actual.getOwnerTenantId()).isEqualTo(tenant.id());
            assertThat(actual.getOwnerType()).isEqualTo("User");
            assertThat(actual.getOwnerId()).isNotNull();
            assertPlans(actual.getServiceStatus(), sku);
        }
        assertThat(subscriptions)
                .anySatisfy(s -> assertThat(s.getNextLifecycleDateTime()).isNull());
    }

    /**
     * The simulator's throttling as Microsoft's SDK meets it: its retry handler waits the 429's
     * Retry-After and the request then succeeds; no answer reaches the caller as a failure.
     */
    @Test
    void theSdksRetryHandlerWaitsOutTheSimulatorsThrottlingAndSucceeds() {
        simulator.throttling().setLimit(tenant.id(), 30);
        try {
            int refusedBefore = simulator.throttling().refusals(tenant.id());
            int answered = 0;
            while (simulator.throttling().refusals(tenant.id()) == refusedBefore && answered < 40) {
                assertThat(graph.subscribedSkus().get().getValue()).isNotEmpty();
                answered++;
            }
            assertThat(simulator.throttling().refusals(tenant.id())).isGreaterThan(refusedBefore);
            assertThat(graph.subscribedSkus().get().getValue()).isNotEmpty();
        } finally {
            simulator.throttling().resetLimit(tenant.id());
        }
    }

    @Test
    void subscribedSkusParseIntoTheSdksModel() {
        List<SubscribedSku> skus = graph.subscribedSkus().get().getValue();
        List<SimSku> expected = tenant.read(t -> List.copyOf(t.skus()));

        assertThat(skus).hasSize(expected.size());
        for (int i = 0; i < skus.size(); i++) {
            SubscribedSku actual = skus.get(i);
            SimSku wanted = expected.get(i);
            assertThat(actual.getAdditionalData()).as("unknown fields").isEmpty();
            assertThat(actual.getPrepaidUnits().getAdditionalData()).isEmpty();
            assertThat(actual.getSkuId()).isEqualTo(UUID.fromString(wanted.skuId()));
            assertThat(actual.getSkuPartNumber()).isEqualTo(wanted.partNumber());
            assertThat(actual.getId()).isEqualTo(tenant.id() + "_" + wanted.skuId());
            assertThat(actual.getAccountId()).isEqualTo(tenant.id());
            assertThat(actual.getAccountName()).isEqualTo(tenant.displayName());
            assertThat(actual.getAppliesTo()).isEqualTo(wanted.appliesTo().graphName());
            assertThat(actual.getCapabilityStatus()).isEqualTo(wanted.capabilityStatus());
            assertThat(actual.getConsumedUnits()).isEqualTo(wanted.consumed());
            assertThat(actual.getPrepaidUnits().getEnabled()).isEqualTo(wanted.enabled());
            assertThat(actual.getPrepaidUnits().getWarning()).isEqualTo(wanted.warning());
            assertThat(actual.getPrepaidUnits().getSuspended()).isEqualTo(wanted.suspended());
            assertThat(actual.getPrepaidUnits().getLockedOut()).isEqualTo(wanted.lockedOut());
            assertThat(actual.getSubscriptionIds())
                    .containsExactlyElementsOf(wanted.subscriptions().stream()
                            .map(SimSubscription::id)
                            .toList());
            assertPlans(actual.getServicePlans(), wanted);
        }
    }

    /**
     * A delta round as the SDK makes it ({@code users/microsoft.graph.delta()}, page size through
     * {@code Prefer}, which Graph wants on every page), followed to its delta link, and that link asked again: no change, no user.
     */
    @Test
    void aDeltaRoundParsesIntoTheSdksModelAndEndsWithADeltaLink() {
        List<User> users = new ArrayList<>();
        com.microsoft.graph.users.delta.DeltaGetResponse page = graph.users()
                .delta()
                .get(request -> {
                    request.queryParameters.select =
                            new String[] {"id", "displayName", "accountEnabled", "assignedLicenses"};
                    request.headers.add("Prefer", "odata.maxpagesize=60");
                });
        int pages = 1;
        users.addAll(page.getValue());
        while (page.getOdataNextLink() != null) {
            page = graph.users()
                    .delta()
                    .withUrl(page.getOdataNextLink())
                    .get(request -> request.headers.add("Prefer", "odata.maxpagesize=60"));
            users.addAll(page.getValue());
            pages++;
        }
        List<SimUser> expected = tenant.read(
                t -> t.userSlots().stream().filter(u -> !u.deleted()).toList());

        assertThat(pages).isEqualTo((expected.size() + 59) / 60);
        assertThat(users)
                .extracting(User::getId)
                .containsExactlyElementsOf(expected.stream().map(SimUser::id).toList());
        assertThat(users)
                .allSatisfy(u ->
                        assertThat(u.getAdditionalData()).as("unknown fields").isEmpty());
        assertThat(page.getOdataDeltaLink()).contains("$deltatoken=");
        assertThat(graph.users().delta().withUrl(page.getOdataDeltaLink()).get().getValue())
                .isEmpty();
    }

    /** The plugin's own query: its {@code $select}, a page size, and the SDK following each next link. */
    @Test
    void usersWithTheImportsSelectParseIntoTheSdksModelPageByPage() {
        List<User> users = new ArrayList<>();
        UserCollectionResponse page = graph.users().get(request -> {
            request.queryParameters.select = new String[] {
                "id",
                "displayName",
                "userPrincipalName",
                "mail",
                "accountEnabled",
                "department",
                "assignedLicenses",
                "licenseAssignmentStates"
            };
            request.queryParameters.top = 50;
        });
        int pages = 1;
        users.addAll(page.getValue());
        while (page.getOdataNextLink() != null) {
            page = graph.users().withUrl(page.getOdataNextLink()).get();
            users.addAll(page.getValue());
            pages++;
        }
        List<SimUser> expected = tenant.read(
                t -> t.userSlots().stream().filter(u -> !u.deleted()).toList());

        assertThat(pages).isEqualTo((expected.size() + 49) / 50);
        assertThat(users).hasSize(expected.size());
        for (int i = 0; i < users.size(); i++) {
            User actual = users.get(i);
            SimUser wanted = expected.get(i);
            assertThat(actual.getAdditionalData()).as("unknown fields").isEmpty();
            assertThat(actual.getId()).isEqualTo(wanted.id());
            assertThat(actual.getDisplayName()).isEqualTo(wanted.displayName());
            assertThat(actual.getUserPrincipalName()).isEqualTo(wanted.userPrincipalName());
            assertThat(actual.getMail()).isEqualTo(wanted.mail());
            assertThat(actual.getAccountEnabled()).isEqualTo(wanted.accountEnabled());
            assertThat(actual.getDepartment()).isEqualTo(wanted.department());
            assertThat(actual.getAssignedLicenses())
                    .allSatisfy(l -> assertThat(l.getAdditionalData()).isEmpty())
                    .extracting(l -> l.getSkuId().toString())
                    .containsExactlyInAnyOrderElementsOf(wanted.assignments().stream()
                            .map(SimUser.Assignment::skuId)
                            .distinct()
                            .toList());
            assertThat(actual.getLicenseAssignmentStates())
                    .allSatisfy(l -> assertThat(l.getAdditionalData()).isEmpty())
                    .extracting(l -> l.getSkuId().toString() + " " + l.getAssignedByGroup())
                    .containsExactlyInAnyOrderElementsOf(wanted.assignmentStates().stream()
                            .map(a -> a.skuId() + " " + a.groupId())
                            .toList());
        }
    }

    /** What reclaiming licences needs: sign-ins, user type, creation and the full assignment states. */
    @Test
    void usersWithSignInActivityParseIntoTheSdksModelWithTheTenantsValues() {
        List<User> users = new ArrayList<>();
        UserCollectionResponse page = graph.users().get(request -> {
            request.queryParameters.select = new String[] {
                "id", "userType", "createdDateTime", "signInActivity", "assignedLicenses", "licenseAssignmentStates"
            };
            request.queryParameters.top = 120;
        });
        users.addAll(page.getValue());
        while (page.getOdataNextLink() != null) {
            page = graph.users().withUrl(page.getOdataNextLink()).get();
            users.addAll(page.getValue());
        }
        List<SimUser> expected = tenant.read(
                t -> t.userSlots().stream().filter(u -> !u.deleted()).toList());

        assertThat(users).hasSize(expected.size());
        for (int i = 0; i < users.size(); i++) {
            User actual = users.get(i);
            SimUser wanted = expected.get(i);
            assertThat(actual.getAdditionalData()).as("unknown fields").isEmpty();
            assertThat(actual.getId()).isEqualTo(wanted.id());
            assertThat(actual.getUserType()).isEqualTo(wanted.userType().graphName());
            assertThat(actual.getCreatedDateTime().toInstant()).isEqualTo(wanted.createdAt());
            assertSignIns(actual.getSignInActivity(), wanted);
            assertThat(actual.getAssignedLicenses())
                    .allSatisfy(l -> assertThat(l.getAdditionalData()).isEmpty())
                    .extracting(l -> l.getSkuId() + " " + l.getDisabledPlans())
                    .containsExactlyElementsOf(wanted.assignmentStates().stream()
                            .filter(s -> s.state().held())
                            .map(s -> s.skuId() + " " + uuids(s.disabledPlans()))
                            .toList());
            assertThat(actual.getLicenseAssignmentStates())
                    .allSatisfy(l -> assertThat(l.getAdditionalData()).isEmpty())
                    .extracting(l -> List.of(
                            l.getSkuId(),
                            String.valueOf(l.getAssignedByGroup()),
                            l.getState(),
                            l.getError(),
                            l.getDisabledPlans(),
                            l.getLastUpdatedDateTime().toInstant()))
                    .containsExactlyElementsOf(wanted.assignmentStates().stream()
                            .map(s -> List.of(
                                    UUID.fromString(s.skuId()),
                                    String.valueOf(s.groupId()),
                                    s.state().graphName(),
                                    s.error().graphName(),
                                    uuids(s.disabledPlans()),
                                    s.lastUpdatedAt()))
                            .toList());
        }
        assertThat(users).anySatisfy(u -> assertThat(u.getSignInActivity()).isNull());
        assertThat(users).anySatisfy(u -> assertThat(u.getUserType()).isEqualTo("Guest"));
        assertThat(users.stream().flatMap(u -> u.getLicenseAssignmentStates().stream()))
                .anySatisfy(l -> assertThat(l.getState()).isEqualTo("Error"))
                .anySatisfy(l -> assertThat(l.getState()).isEqualTo("ActiveWithError"))
                .anySatisfy(l -> assertThat(l.getDisabledPlans()).isNotEmpty());
    }

    private static void assertSignIns(SignInActivity actual, SimUser wanted) {
        if (wanted.neverSignedIn()) {
            assertThat(actual).isNull();
            return;
        }
        assertThat(actual.getAdditionalData()).isEmpty();
        assertSignIn(actual.getLastSignInDateTime(), actual.getLastSignInRequestId(), wanted.lastSignInAt());
        assertSignIn(
                actual.getLastNonInteractiveSignInDateTime(),
                actual.getLastNonInteractiveSignInRequestId(),
                wanted.lastNonInteractiveSignInAt());
        assertSignIn(
                actual.getLastSuccessfulSignInDateTime(),
                actual.getLastSuccessfulSignInRequestId(),
                wanted.lastSuccessfulSignInAt());
    }

    private static void assertSignIn(OffsetDateTime at, String requestId, Instant wanted) {
        if (wanted == null) {
            assertThat(at).isNull();
            assertThat(requestId).isNull();
        } else {
            assertThat(at.toInstant()).isEqualTo(wanted);
            assertThat(UUID.fromString(requestId)).isNotNull();
        }
    }

    private static List<UUID> uuids(List<String> ids) {
        return ids.stream().map(UUID::fromString).toList();
    }

    private static void assertPlans(List<ServicePlanInfo> plans, SimSku sku) {
        List<CatalogueSku.ServicePlan> wanted = sku.servicePlans();
        assertThat(plans).hasSize(wanted.size()).isNotEmpty();
        for (int i = 0; i < plans.size(); i++) {
            ServicePlanInfo plan = plans.get(i);
            assertThat(plan.getAdditionalData()).isEmpty();
            assertThat(plan.getServicePlanId())
                    .isEqualTo(UUID.fromString(wanted.get(i).servicePlanId()));
            assertThat(plan.getServicePlanName()).isEqualTo(wanted.get(i).servicePlanName());
            assertThat(plan.getProvisioningStatus()).isEqualTo("Success");
            assertThat(plan.getAppliesTo())
                    .isEqualTo(wanted.get(i).appliesTo(sku.appliesTo()).graphName());
        }
    }
}
