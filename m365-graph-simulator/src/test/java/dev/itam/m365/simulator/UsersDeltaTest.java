package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * users/delta as Graph answers it beyond the changes themselves: the forms of its path, page sizes
 * through {@code Prefer} with {@code $top} ignored, {@code $deltatoken=latest}, a filter by ids, and
 * links that expire.
 */
class UsersDeltaTest {

    private static final String SELECT = "$select=id,displayName,accountEnabled,assignedLicenses";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T08:00:00Z"));
    private GraphSimulator simulator;
    private Tenant tenant;
    private SimulatorClient client;
    private String token;

    @BeforeEach
    void start() throws Exception {
        simulator = GraphSimulator.start(0, clock);
        tenant = simulator.addTenant(TenantSpec.of(12, 450, 5));
        client = new SimulatorClient(simulator);
        token = client.token(tenant);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private SimulatorClient.Answer get(String url, String prefer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        url.startsWith("https://")
                                ? java.net.URI.create(url)
                                : simulator.baseUri().resolve(url))
                .header("Authorization", "Bearer " + token)
                .GET();
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        return client.send(request);
    }

    private static List<String> ids(SimulatorClient.Answer page) {
        return page.json().getJsonArray("value").stream()
                .map(JsonValue::asJsonObject)
                .map(user -> user.getString("id"))
                .toList();
    }

    /** Follows a round to its delta link. */
    private String deltaLinkOf(String url) throws Exception {
        JsonObject page = get(url, null).json();
        while (!page.containsKey("@odata.deltaLink")) {
            page = get(page.getString("@odata.nextLink"), null).json();
        }
        return page.getString("@odata.deltaLink");
    }

    private List<String> liveIds() {
        return tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted())
                .map(SimUser::id)
                .toList());
    }

    @Test
    void topIsIgnoredAndPreferSetsThePageSizeUpTo200() throws Exception {
        SimulatorClient.Answer withTop = get("/v1.0/users/delta?" + SELECT + "&$top=5", null);
        SimulatorClient.Answer asked = get("/v1.0/users/delta?" + SELECT, "odata.maxpagesize=40");
        SimulatorClient.Answer tooMany = get("/v1.0/users/delta?" + SELECT, "odata.maxpagesize=999, return=minimal");

        assertThat(ids(withTop)).isEqualTo(liveIds().subList(0, 200));
        assertThat(withTop.header("Preference-Applied")).isNull();
        assertThat(ids(asked)).isEqualTo(liveIds().subList(0, 40));
        assertThat(asked.header("Preference-Applied")).isEqualTo("odata.maxpagesize=40");
        assertThat(ids(tooMany)).hasSize(200);
        assertThat(tooMany.header("Preference-Applied")).isEqualTo("odata.maxpagesize=200, return=minimal");
        SimulatorClient.Answer next = get(asked.json().getString("@odata.nextLink"), "odata.maxpagesize=40");
        assertThat(ids(next)).isEqualTo(liveIds().subList(40, 80));
    }

    @Test
    void theFormsMicrosoftsSdkSendsAnswerLikeDelta() throws Exception {
        List<String> first = ids(get("/v1.0/users/delta?" + SELECT, "odata.maxpagesize=30"));

        for (String form : List.of("delta()", "microsoft.graph.delta", "microsoft.graph.delta()")) {
            SimulatorClient.Answer answer = get("/v1.0/users/" + form + "?" + SELECT, "odata.maxpagesize=30");
            assertThat(answer.status()).as(form).isEqualTo(200);
            assertThat(ids(answer)).as(form).isEqualTo(first);
        }
    }

    @Test
    void latestStartsTrackingNowWithoutReadingAnyUser() throws Exception {
        SimulatorClient.Answer latest = get("/v1.0/users/delta?" + SELECT + "&$deltatoken=latest", null);
        String renamed = liveIds().get(17);
        tenant.renameUser(renamed, "Renamed After Latest", null);

        assertThat(latest.status()).isEqualTo(200);
        assertThat(ids(latest)).isEmpty();
        assertThat(latest.json().containsKey("@odata.nextLink")).isFalse();
        SimulatorClient.Answer changes = get(latest.json().getString("@odata.deltaLink"), null);
        assertThat(ids(changes)).containsExactly(renamed);
        assertThat(changes.json().getJsonArray("value").getJsonObject(0).getString("displayName"))
                .isEqualTo("Renamed After Latest");
    }

    @Test
    void aFilterByIdsFollowsOnlyThoseUsersAndOtherFiltersAreRefused() throws Exception {
        List<String> live = liveIds();
        String filter = URLEncoder.encode(
                "id eq '" + live.get(3) + "' or id eq '" + live.get(300) + "'", StandardCharsets.UTF_8);
        SimulatorClient.Answer followed = get("/v1.0/users/delta?" + SELECT + "&$filter=" + filter, null);
        tenant.setAccountEnabled(live.get(300), false);
        tenant.setAccountEnabled(live.get(301), false);
        SimulatorClient.Answer other = get(
                "/v1.0/users/delta?" + SELECT + "&$filter="
                        + URLEncoder.encode("displayName eq 'Ann'", StandardCharsets.UTF_8),
                null);

        assertThat(ids(followed)).containsExactly(live.get(3), live.get(300));
        assertThat(ids(get(followed.json().getString("@odata.deltaLink"), null)))
                .containsExactly(live.get(300));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().getJsonObject("error").getString("code")).isEqualTo("Request_UnsupportedQuery");
    }

    /**
     * With {@code Prefer: return=minimal} a later round names each changed user with its id and only the
     * selected properties that changed; a user added since comes whole, a deleted one as removed.
     */
    @Test
    void returnMinimalGivesChangedUsersWithTheirChangedPropertiesOnly() throws Exception {
        String link =
                deltaLinkOf("/v1.0/users/delta?$select=id,displayName,department,accountEnabled,assignedLicenses");
        List<SimUser> users = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted() && !u.assignments().isEmpty())
                .map(SimUser::snapshot)
                .toList());
        tenant.renameUser(users.get(0).id(), null, "Moved");
        tenant.setAccountEnabled(users.get(1).id(), false);
        tenant.unassign(users.get(2).id(), users.get(2).assignments().get(0).skuId());
        tenant.deleteUser(users.get(3).id());
        SimUser added = tenant.addUser("Nia New", "nia@minimal.example", "Ops");

        SimulatorClient.Answer minimal = get(link, "odata.maxpagesize=50, return=minimal");
        SimulatorClient.Answer whole = get(link, null);

        assertThat(minimal.header("Preference-Applied")).isEqualTo("odata.maxpagesize=50, return=minimal");
        java.util.Map<String, JsonObject> byId = new java.util.HashMap<>();
        minimal.json()
                .getJsonArray("value")
                .forEach(v -> byId.put(v.asJsonObject().getString("id"), v.asJsonObject()));
        assertThat(byId).hasSize(5);
        assertThat(byId.get(users.get(0).id()).keySet()).containsExactly("id", "department");
        assertThat(byId.get(users.get(0).id()).getString("department")).isEqualTo("Moved");
        assertThat(byId.get(users.get(1).id()).keySet()).containsExactly("id", "accountEnabled");
        assertThat(byId.get(users.get(2).id()).keySet()).containsExactly("id", "assignedLicenses");
        assertThat(byId.get(users.get(3).id()).keySet()).containsExactly("id", "@removed");
        assertThat(byId.get(added.id()).keySet())
                .containsExactly("id", "displayName", "department", "accountEnabled", "assignedLicenses");
        assertThat(whole.header("Preference-Applied")).isNull();
        whole.json().getJsonArray("value").stream()
                .map(JsonValue::asJsonObject)
                .filter(u -> !u.containsKey("@removed"))
                .forEach(u -> assertThat(u.keySet()).hasSize(5));
    }

    @Test
    void aDeltaLinkExpiresAfterSevenDaysAndWhenTheTenantsLinksAreExpired() throws Exception {
        String link = deltaLinkOf("/v1.0/users/delta?" + SELECT);
        clock.advance(Duration.ofDays(6));
        String renewed = get(link, null).json().getString("@odata.deltaLink");
        clock.advance(Duration.ofDays(2));

        SimulatorClient.Answer old = get(link, null);
        SimulatorClient.Answer young = get(renewed, null);
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.json().getJsonObject("error").getString("code")).isEqualTo("syncStateNotFound");
        assertThat(young.status()).isEqualTo(200);

        assertThat(client.control("POST", "tenants/" + tenant.id() + "/delta-links", null)
                        .status())
                .isEqualTo(204);
        SimulatorClient.Answer expired = get(young.json().getString("@odata.deltaLink"), null);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().getJsonObject("error").getString("code")).isEqualTo("resyncRequired");
        assertThat(get("/v1.0/users/delta?" + SELECT, null).status()).isEqualTo(200);
    }

    /** A clock a test moves forward. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
