package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.TestCertificates;
import dev.itam.m365.simulator.fault.Endpoint;
import dev.itam.m365.simulator.fault.Fault;
import dev.itam.m365.simulator.fault.FaultKind;
import dev.itam.m365.simulator.graph.ThrottlePriority;
import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The import against the simulator over HTTPS, with the real WAR in Payara Micro, on each database. */
class ImportIT extends DeployedPlugin {

    private static final AtomicLong SEEDS = new AtomicLong(500);

    @AfterEach
    void clearFaults() {
        ItSimulator.get().faults().clear();
    }

    // ---- helpers ----

    private static Tenant tenant(int users, int skus) {
        return ItSimulator.get().addTenant(TenantSpec.of(SEEDS.incrementAndGet(), users, skus));
    }

    private static JsonObject secret(String value) {
        return Json.createObjectBuilder()
                .add("type", "CLIENT_SECRET")
                .add("secretId", "it-secret")
                .add("secretValue", value)
                .add("secretExpiresOn", "2099-01-01")
                .build();
    }

    private static JsonObject pem(TestCertificates.Issued issued) {
        return Json.createObjectBuilder()
                .add("type", "CERTIFICATE")
                .add("certificatePem", issued.certificatePem())
                .add("privateKeyPem", issued.privateKeyPem())
                .build();
    }

    private static JsonObjectBuilder portal(
            String name, String tenantId, String clientId, JsonObject credential, Set<String> excluded) {
        JsonArrayBuilder exclusions = Json.createArrayBuilder();
        excluded.forEach(exclusions::add);
        JsonObjectBuilder portal = Json.createObjectBuilder()
                .add("name", name)
                .add("tenantId", tenantId)
                .add("clientId", clientId)
                .add("excludedSkuIds", exclusions);
        return credential == null ? portal : portal.add("credential", credential);
    }

    private long create(JsonObjectBuilder portal) {
        Reply created = client.post("api/portals", portal.build().toString(), Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private long secretPortal(Tenant tenant, String name) {
        AppRegistration app = tenant.apps().iterator().next();
        return create(portal(
                name, tenant.id(), app.clientId(), secret(app.firstSecret().value()), Set.of()));
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private JsonObject importNow(long portalId) {
        Reply run = client.post("api/imports/" + portalId, "", Login.ADMIN);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.json();
    }

    private JsonObject importOk(long portalId) {
        JsonObject run = importNow(portalId);
        assertThat(run.getString("outcome")).as(run.toString()).isEqualTo("SUCCEEDED");
        return run.getJsonObject("figures");
    }

    private void assertFails(long portalId, String category, String messagePart) {
        JsonObject run = importNow(portalId);
        assertThat(run.getString("outcome")).as(run.toString()).isEqualTo("FAILED");
        assertThat(run.getString("errorCategory")).as(run.toString()).isEqualTo(category);
        assertThat(run.getString("errorMessage")).contains(messagePart);
        assertThat(run.getString("endedAt")).isNotBlank();
    }

    private void exclude(long portalId, String portalName, Tenant tenant, Set<String> excluded) {
        AppRegistration app = tenant.apps().iterator().next();
        Reply saved = client.put(
                "api/portals/" + portalId,
                portal(portalName, tenant.id(), app.clientId(), null, excluded)
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static void sql(String statement, Object... parameters) throws Exception {
        try (Connection db = ItDatabase.connect();
                PreparedStatement update = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private static List<String> column(String query, Object parameter) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection db = ItDatabase.connect();
                PreparedStatement select = db.prepareStatement(query)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    // ---- what an import produces ----

    /**
     * A full import keeps the delta link it took before reading the users: asked afterwards, it gives
     * the users changed since, and nobody else. Editing the portal drops it.
     */
    @Test
    void aFullImportKeepsTheLinkThatTracksTheUsersChangesAndAnEditDropsIt() throws Exception {
        Tenant tenant = tenant(120, 4);
        String name = unique("Tracked");
        long portalId = secretPortal(tenant, name);
        importOk(portalId);

        List<String> tracking = column("SELECT DELTA_LINK FROM M365_PORTAL WHERE ID = ?", portalId);
        assertThat(tracking)
                .singleElement()
                .asString()
                .startsWith(ItSimulator.get().graphBaseUrl() + "/users/delta?");
        assertThat(column("SELECT FULL_IMPORT_AT FROM M365_PORTAL WHERE ID = ?", portalId))
                .singleElement()
                .isNotNull();
        SimUser renamed = tenant.read(t -> t.userSlots().get(7));
        tenant.renameUser(renamed.id(), "Renamed After The Import", null);
        JsonObject changes = new SimulatorGraph(ItSimulator.get(), tenant).get(tracking.get(0));
        assertThat(changes.getJsonArray("value"))
                .extracting(v -> v.asJsonObject().getString("id"))
                .containsExactly(renamed.id());

        exclude(portalId, name, tenant, Set.of());

        assertThat(column("SELECT DELTA_LINK FROM M365_PORTAL WHERE ID = ?", portalId))
                .containsExactly((String) null);
    }

    private JsonObject importIncrementally(long portalId) {
        Reply run = client.post("api/imports/" + portalId + "?mode=INCREMENTAL", "", Login.ADMIN);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.json();
    }

    /**
     * An incremental import after a full one applies the tenant's changes (a user added with a
     * licence, one deleted, one disabled, a licence removed, one assigned) and ends with exactly the
     * data a full import of the changed tenant then finds; the next round starts where it ended.
     */
    @Test
    void anIncrementalImportEndsWithWhatAFullImportOfTheChangedTenantFinds() throws Exception {
        Tenant tenant = tenant(300, 6);
        long portalId = secretPortal(tenant, unique("Delta"));
        importOk(portalId);
        List<SimUser> licensed = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted() && !u.assignments().isEmpty())
                .map(SimUser::snapshot)
                .toList());
        String sku = licensed.get(0).assignments().get(0).skuId();
        SimUser newcomer = tenant.addUser("Nora Newcomer", "nora@delta.example", "Sales");
        tenant.assign(newcomer.id(), sku, null);
        tenant.deleteUser(licensed.get(1).id());
        tenant.setAccountEnabled(licensed.get(2).id(), false);
        tenant.unassign(
                licensed.get(3).id(), licensed.get(3).assignments().get(0).skuId());
        String unheld = tenant.read(t -> t.skus().stream()
                .map(k -> k.skuId())
                .filter(id -> licensed.get(4).assignments().stream()
                        .noneMatch(a -> a.skuId().equals(id)))
                .findFirst()
                .orElseThrow());
        tenant.assign(licensed.get(4).id(), unheld, null);

        JsonObject incremental = importIncrementally(portalId);

        assertThat(incremental.getString("outcome")).as(incremental.toString()).isEqualTo("SUCCEEDED");
        assertThat(incremental.getString("notice"))
                .contains("Incremental import")
                .contains("named 5 users");
        assertThat(incremental.getJsonObject("reading").getBoolean("incremental"))
                .isTrue();
        PortalData afterDelta = PortalData.of(portalId);
        assertThat(afterDelta.assignments()).isEqualTo(TenantExpectation.assignments(tenant, Set.of()));
        assertThat(afterDelta.licences()).isEqualTo(TenantExpectation.licences(tenant, Set.of()));
        assertThat(afterDelta.contacts())
                .contains(
                        newcomer.id() + "|Nora Newcomer|true",
                        licensed.get(2).id() + "|" + licensed.get(2).displayName() + "|false");
        JsonObject nothingNew = importIncrementally(portalId);
        assertThat(nothingNew.getString("notice")).contains("named 0 users");
        assertThat(PortalData.of(portalId)).isEqualTo(afterDelta);

        importOk(portalId);

        assertThat(PortalData.of(portalId)).isEqualTo(afterDelta);
    }

    /**
     * Graph's throttling as the identity service does it, 6 resource units per 10 seconds for this
     * app: the import reads 2,500 users in 5 pages of 500 (with {@code $select}, 1 unit each) besides
     * the SKUs (3), the subscriptions (1) and the start of change tracking (1). From 80 % of the limit on
     * Graph says how much is used, and the import waits before each next request until the bucket
     * drained back, so that no request is refused: without slowing down the fifth request would be
     * over the limit. An admin's import asks no low priority.
     */
    @Test
    void anImportNearGraphsLimitSlowsDownInsteadOfBeingThrottled() throws Exception {
        Tenant tenant = tenant(2_500, 4);
        long portalId = secretPortal(tenant, unique("Throttled"));
        ItSimulator.get().throttling().setLimit(tenant.id(), 6);
        try {
            JsonObject run = importNow(portalId);

            assertThat(run.getString("outcome")).as(run.toString()).isEqualTo("SUCCEEDED");
            JsonObject reading = run.getJsonObject("reading");
            assertThat(reading.getBoolean("incremental")).isFalse();
            assertThat(reading.getInt("graphRequests")).isEqualTo(8);
            assertThat(reading.getInt("resourceUnits")).isEqualTo(10);
            assertThat(reading.getInt("throttledResponses")).isZero();
            assertThat(reading.getJsonNumber("pausedMillis").longValue()).isGreaterThanOrEqualTo(2_000);
            assertThat(ItSimulator.get().throttling().refusals(tenant.id())).isZero();
            assertThat(ItSimulator.get().throttling().requests(tenant.id(), Endpoint.USERS, ThrottlePriority.NORMAL))
                    .isEqualTo(5);
            assertThat(ItSimulator.get().throttling().requests(tenant.id(), Endpoint.USERS, ThrottlePriority.LOW))
                    .isZero();
            assertThat(PortalData.of(portalId).assignments())
                    .isEqualTo(TenantExpectation.assignments(tenant, Set.of()));
        } finally {
            ItSimulator.get().throttling().resetLimit(tenant.id());
        }
    }

    /**
     * When Graph no longer follows the link (410), the same run reads every user and says so; a run
     * that fails in the middle of its delta round leaves the data and the link as they were.
     */
    @Test
    void anExpiredLinkFallsBackToAFullReadAndAFailedRoundChangesNothing() throws Exception {
        Tenant tenant = tenant(200, 5);
        long portalId = secretPortal(tenant, unique("Expired"));
        importOk(portalId);
        SimUser changed = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted() && !u.assignments().isEmpty())
                .findFirst()
                .orElseThrow()
                .snapshot());
        tenant.unassign(changed.id(), changed.assignments().get(0).skuId());
        tenant.expireDeltaLinks();

        JsonObject fallback = importIncrementally(portalId);

        assertThat(fallback.getString("outcome")).as(fallback.toString()).isEqualTo("SUCCEEDED");
        assertThat(fallback.getString("notice")).contains("no longer followed").doesNotContain("Incremental import");
        assertThat(fallback.getJsonObject("reading").getBoolean("incremental")).isFalse();
        assertThat(PortalData.of(portalId).assignments()).isEqualTo(TenantExpectation.assignments(tenant, Set.of()));
        String link = column("SELECT DELTA_LINK FROM M365_PORTAL WHERE ID = ?", portalId)
                .get(0);
        PortalData before = PortalData.of(portalId);
        tenant.assign(changed.id(), changed.assignments().get(0).skuId(), null);
        ItSimulator.get().faults().inject(Endpoint.USERS_DELTA, Fault.of(FaultKind.SERVER_ERROR), 2);

        JsonObject failed = importIncrementally(portalId);

        assertThat(failed.getString("outcome")).as(failed.toString()).isEqualTo("FAILED");
        assertThat(PortalData.of(portalId)).isEqualTo(before);
        assertThat(column("SELECT DELTA_LINK FROM M365_PORTAL WHERE ID = ?", portalId))
                .containsExactly(link);
        assertThat(importIncrementally(portalId).getString("outcome")).isEqualTo("SUCCEEDED");
        assertThat(PortalData.of(portalId).assignments()).isEqualTo(TenantExpectation.assignments(tenant, Set.of()));
    }

    /**
     * The database's planner knows at least the rows this import merged: PostgreSQL holds -1 for a
     * table it never sampled, and planned the reclaim list of a large fresh import as if for a row.
     */
    @Test
    void theImportHasTheDatabaseSampleTheTablesItMergedInto() throws Exception {
        Assumptions.assumeFalse("h2".equals(ItDatabase.kind()), "H2 samples a table after 2,000 changes on its own");
        Tenant tenant = tenant(300, 6);
        long portalId = secretPortal(tenant, unique("Sampled"));

        importOk(portalId);

        int merged = PortalData.of(portalId).assignments().size();
        String estimate = "postgresql".equals(ItDatabase.kind())
                ? "SELECT CAST(reltuples AS BIGINT) FROM pg_class WHERE relname = ?"
                : "SELECT n_rows FROM mysql.innodb_table_stats WHERE database_name = DATABASE() AND table_name = ?";
        String table = "postgresql".equals(ItDatabase.kind()) ? "m365_consumer_assignment" : "M365_CONSUMER_ASSIGNMENT";
        assertThat(merged).isPositive();
        assertThat(column(estimate, table))
                .singleElement()
                .satisfies(rows -> assertThat(Long.parseLong(rows)).isGreaterThanOrEqualTo(merged));
    }

    @Test
    void importsExactlyWhatTheTenantHoldsAndIsIdempotent() throws Exception {
        Tenant tenant = tenant(400, 8);
        String name = unique("Contoso");
        long portalId = secretPortal(tenant, name);

        JsonObject figures = importOk(portalId);

        PortalData data = PortalData.of(portalId);
        assertThat(data.licences()).isEqualTo(TenantExpectation.licences(tenant, Set.of()));
        assertThat(data.products()).isEqualTo(TenantExpectation.products(tenant, Set.of(), name));
        assertThat(data.contacts()).isEqualTo(TenantExpectation.contacts(tenant, Set.of()));
        assertThat(data.assignments()).isEqualTo(TenantExpectation.assignments(tenant, Set.of()));
        assertThat(data.names())
                .contains(
                        "6fd2c87f-b296-42f0-b197-1e91e994b900|Office 365 E3|" + name + " Office 365 E3",
                        "05e9a617-0261-4cee-bb44-138d3ef5d965|Microsoft 365 E3|" + name + " Microsoft 365 E3");
        assertThat(column(
                        "SELECT p.NAME FROM M365_PRODUCT_FOLDER f JOIN M365_PRODUCT_FOLDER p ON p.ID = f.PARENT_ID"
                                + " WHERE f.NAME = ?",
                        name))
                .containsExactly("Microsoft 365");
        assertThat(figures.getInt("skusRead")).isEqualTo(8);
        assertThat(figures.getInt("licencesCreated")).isEqualTo(8);
        assertThat(figures.getInt("productsCreated")).isEqualTo(8);
        assertThat(figures.getInt("contactsCreated")).isEqualTo(data.contacts().size());
        assertThat(figures.getInt("assignmentsCreated"))
                .isEqualTo(data.assignments().size());

        JsonObject again = importOk(portalId);
        assertThat(again)
                .isEqualTo(Json.createObjectBuilder(again)
                        .add("skusRead", 8)
                        .add("licencesCreated", 0)
                        .add("licencesUpdated", 0)
                        .add("productsCreated", 0)
                        .add("productsUpdated", 0)
                        .add("contactsCreated", 0)
                        .add("contactsUpdated", 0)
                        .add("assignmentsCreated", 0)
                        .add("assignmentsRemoved", 0)
                        .add("unsynchronisable", 0)
                        .build());
        assertThat(PortalData.of(portalId)).isEqualTo(data);
    }

    @Test
    void tenantChangesShowInTheNextImport() throws Exception {
        Tenant tenant = tenant(300, 6);
        String name = unique("Fabrikam");
        long portalId = secretPortal(tenant, name);
        importOk(portalId);

        List<SimUser> licensed = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.assignments().isEmpty())
                .map(SimUser::snapshot)
                .toList());
        SimUser unlicensed = tenant.read(t -> t.userSlots().stream()
                .filter(u -> u.assignments().isEmpty())
                .findFirst()
                .orElseThrow()
                .snapshot());
        SimSku sku = tenant.read(t -> t.skus().iterator().next());
        tenant.unassign(
                licensed.get(0).id(), licensed.get(0).assignments().get(0).skuId());
        tenant.assign(unlicensed.id(), sku.skuId(), null);
        tenant.setAccountEnabled(licensed.get(1).id(), false);
        tenant.renameUser(licensed.get(2).id(), "Renamed Person", null);
        tenant.deleteUser(licensed.get(3).id());
        tenant.updateSku(sku.skuId(), 9_999, null, null, null, null);

        JsonObject figures = importOk(portalId);

        PortalData data = PortalData.of(portalId);
        assertThat(data.licences()).isEqualTo(TenantExpectation.licences(tenant, Set.of()));
        assertThat(data.assignments()).isEqualTo(TenantExpectation.assignments(tenant, Set.of()));
        assertThat(data.contacts()).containsAll(TenantExpectation.contacts(tenant, Set.of()));
        assertThat(data.contacts())
                .anySatisfy(c -> assertThat(c).startsWith(licensed.get(3).id() + "|"));
        assertThat(data.licence(sku.skuId())).contains("|9999|");
        assertThat(figures.getInt("contactsCreated")).isEqualTo(1);
        assertThat(figures.getInt("contactsUpdated")).isGreaterThanOrEqualTo(2);
        assertThat(figures.getInt("assignmentsCreated")).isEqualTo(1);
        assertThat(figures.getInt("assignmentsRemoved"))
                .isEqualTo(1 + licensed.get(3).assignments().size());
        assertThat(figures.getInt("licencesUpdated")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void certificatesInPemAndPkcs12Import() throws Exception {
        for (boolean pkcs12 : new boolean[] {false, true}) {
            Tenant tenant = tenant(80, 4);
            TestCertificates.Issued issued = TestCertificates.rsa("it-import-" + pkcs12);
            AppRegistration app = tenant.registerApp(UUID.randomUUID().toString(), "certificate app");
            app.addCertificate(issued.certificate());
            JsonObject credential = pkcs12
                    ? Json.createObjectBuilder()
                            .add("type", "CERTIFICATE")
                            .add("pkcs12Base64", issued.pkcs12Base64("pw"))
                            .add("pkcs12Password", "pw")
                            .build()
                    : pem(issued);
            long portalId =
                    create(portal(unique(pkcs12 ? "Pfx" : "Pem"), tenant.id(), app.clientId(), credential, Set.of()));

            importOk(portalId);

            PortalData data = PortalData.of(portalId);
            assertThat(data.contacts()).isEqualTo(TenantExpectation.contacts(tenant, Set.of()));
            assertThat(data.assignments()).isEqualTo(TenantExpectation.assignments(tenant, Set.of()));
        }
    }

    // ---- cannot be synchronised (M-10) ----

    @Test
    void itemsTheTenantNoLongerFeedsCannotBeSynchronisedAndRecover() throws Exception {
        Tenant tenant = tenant(250, 6);
        String name = unique("Northwind");
        long portalId = secretPortal(tenant, name);
        importOk(portalId);
        List<String> skuIds =
                tenant.read(t -> t.skus().stream().map(SimSku::skuId).toList());
        String excludedSku = skuIds.get(0);
        String removedSku = skuIds.get(1);
        Set<String> assignmentsOfExcluded =
                new TreeSet<>(PortalData.of(portalId).assignments());
        assignmentsOfExcluded.removeIf(a -> !a.contains("|" + excludedSku + "|"));

        exclude(portalId, name, tenant, Set.of(excludedSku));
        JsonObject figures = importOk(portalId);
        PortalData excluded = PortalData.of(portalId);
        assertThat(excluded.licence(excludedSku)).endsWith("|CANNOT_BE_SYNCHRONISED|SKU_EXCLUDED");
        assertThat(excluded.product(excludedSku)).endsWith("|CANNOT_BE_SYNCHRONISED|SKU_EXCLUDED");
        assertThat(excluded.assignments()).containsAll(assignmentsOfExcluded);
        assertThat(figures.getInt("unsynchronisable")).isEqualTo(1);

        tenant.removeSku(removedSku);
        importOk(portalId);
        PortalData removed = PortalData.of(portalId);
        assertThat(removed.licence(removedSku)).endsWith("|CANNOT_BE_SYNCHRONISED|SKU_REMOVED_FROM_TENANT");
        assertThat(removed.product(removedSku)).endsWith("|CANNOT_BE_SYNCHRONISED|SKU_REMOVED_FROM_TENANT");

        exclude(portalId, name, tenant, Set.of());
        importOk(portalId);
        PortalData recovered = PortalData.of(portalId);
        assertThat(recovered.licence(excludedSku)).endsWith("|SYNCHRONISED|null");
        assertThat(recovered.product(excludedSku)).endsWith("|SYNCHRONISED|null");
        Set<String> fedByTenant = new TreeSet<>(recovered.assignments());
        fedByTenant.removeIf(a -> a.contains("|" + removedSku + "|"));
        assertThat(fedByTenant).isEqualTo(TenantExpectation.assignments(tenant, Set.of()));

        assertThat(client.delete("api/portals/" + portalId, Login.ADMIN).status())
                .isEqualTo(204);
        assertThat(column("SELECT DISTINCT SYNC_PROBLEM FROM M365_LICENCE WHERE SOURCE_NAME = ?", name))
                .containsExactly("PORTAL_DELETED");
        assertThat(column("SELECT COUNT(*) FROM M365_LICENCE WHERE SOURCE_NAME = ?", name))
                .containsExactly("6");
        assertThat(column(
                        "SELECT DISTINCT p.SYNC_PROBLEM FROM M365_PRODUCT p JOIN M365_LICENCE l ON l.ID = p.LICENCE_ID"
                                + " WHERE l.SOURCE_NAME = ?",
                        name))
                .containsExactly("PORTAL_DELETED");
    }

    // ---- failures (M-12) ----

    @Test
    void graphFailuresAreCategorisedAndLeaveThePortalAsItWas() throws Exception {
        Tenant tenant = tenant(2_100, 5);
        long portalId = secretPortal(tenant, unique("Faulty"));
        importOk(portalId);
        SimUser user = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.assignments().isEmpty())
                .findFirst()
                .orElseThrow()
                .snapshot());
        tenant.unassign(user.id(), user.assignments().get(0).skuId());
        PortalData before = PortalData.of(portalId);
        var faults = ItSimulator.get().faults();

        faults.inject(Endpoint.USERS, Fault.of(FaultKind.SERVER_ERROR), 2);
        assertFails(portalId, "GRAPH_ERROR", "generalException");

        faults.inject(Endpoint.SUBSCRIBED_SKUS, Fault.of(FaultKind.MALFORMED_SUCCESS), 1);
        assertFails(portalId, "RESPONSE_UNREADABLE", "could not be read");

        faults.inject(Endpoint.USERS, Fault.malformedError(400), 1);
        assertFails(portalId, "ERROR_UNREADABLE", "400");

        faults.inject(Endpoint.SUBSCRIBED_SKUS, Fault.of(FaultKind.CONNECTION_RESET), 30);
        assertFails(portalId, "CONNECTION_FAILED", "Graph server");
        faults.clear();

        faults.inject(Endpoint.USERS, Fault.delay(0), 1);
        faults.inject(Endpoint.USERS, Fault.of(FaultKind.SERVER_ERROR), 2);
        assertFails(portalId, "GRAPH_ERROR", "500");

        assertThat(PortalData.of(portalId)).isEqualTo(before);
        assertThat(column(
                        "SELECT COUNT(*) FROM M365_STAGED_USER WHERE RUN_ID IN"
                                + " (SELECT ID FROM M365_TASK_RUN WHERE PORTAL_ID = ?)",
                        portalId))
                .as("the failed runs of this portal left nothing staged (other classes' runs share the server)")
                .containsExactly("0");
        importOk(portalId);
        assertThat(PortalData.of(portalId).assignments()).isEqualTo(TenantExpectation.assignments(tenant, Set.of()));
    }

    @Test
    void transientFaultsAreRetriedAndTheImportSucceeds() throws Exception {
        Tenant tenant = tenant(1_200, 4);
        long portalId = secretPortal(tenant, unique("Throttled"));
        var faults = ItSimulator.get().faults();
        long usersBefore = faults.requestCount(Endpoint.USERS);
        faults.inject(Endpoint.TOKEN, Fault.of(FaultKind.SERVICE_UNAVAILABLE), 1);
        faults.inject(Endpoint.SUBSCRIBED_SKUS, Fault.of(FaultKind.SERVICE_UNAVAILABLE), 1);
        faults.inject(Endpoint.USERS, Fault.throttle(1), 2);
        faults.inject(Endpoint.USERS, Fault.of(FaultKind.GATEWAY_TIMEOUT), 1);
        faults.inject(Endpoint.USERS, Fault.delay(0), 1);
        faults.inject(Endpoint.USERS, Fault.of(FaultKind.SERVER_ERROR), 1);

        importOk(portalId);

        assertThat(faults.pendingCount(Endpoint.USERS)).isZero();
        int firstPageAttempts = 4;
        int secondPageAttempts = 3;
        assertThat(faults.requestCount(Endpoint.USERS) - usersBefore).isEqualTo(firstPageAttempts + secondPageAttempts);
        assertThat(PortalData.of(portalId).assignments()).isEqualTo(TenantExpectation.assignments(tenant, Set.of()));
    }

    @Test
    void oneTokenServesEveryPageOfAnImportAndTheNextImport() {
        var simulator = ItSimulator.get();
        assertThat(simulator.tokens().lifetime()).isGreaterThan(Duration.ofMinutes(5));
        Tenant tenant = tenant(9 * 999 + 9, 4);
        long portalId = secretPortal(tenant, unique("Paged"));
        var faults = simulator.faults();
        long tokensBefore = faults.requestCount(Endpoint.TOKEN);
        long usersBefore = faults.requestCount(Endpoint.USERS);

        importOk(portalId);

        assertThat(faults.requestCount(Endpoint.USERS) - usersBefore)
                .as("pages of 500 users")
                .isEqualTo(18);
        assertThat(faults.requestCount(Endpoint.TOKEN) - tokensBefore).isEqualTo(1);

        importOk(portalId);

        assertThat(faults.requestCount(Endpoint.USERS) - usersBefore).isEqualTo(36);
        assertThat(faults.requestCount(Endpoint.TOKEN) - tokensBefore).isEqualTo(1);
        // a 9,000-user portal would slow every later "import all" of this class's shared database
        assertThat(client.delete("api/portals/" + portalId, Login.ADMIN).status())
                .isEqualTo(204);
    }

    @Test
    void tokenFailuresAreCategorised() throws Exception {
        Tenant tenant = tenant(30, 3);
        AppRegistration app = tenant.apps().iterator().next();
        String clientId = app.clientId();

        long wrongSecret = create(portal(unique("Wrong secret"), tenant.id(), clientId, secret("not-it"), Set.of()));
        assertFails(wrongSecret, "SECRET_INVALID", "AADSTS7000215");

        AppRegistration expiring = tenant.registerApp(UUID.randomUUID().toString(), "expired secret");
        expiring.addSecret(
                new AppRegistration.Secret("old", "old-value", Instant.now().minusSeconds(60)));
        long expired = create(
                portal(unique("Expired secret"), tenant.id(), expiring.clientId(), secret("old-value"), Set.of()));
        assertFails(expired, "SECRET_EXPIRED", "AADSTS7000222");

        long unknownTenant = create(portal(
                unique("No tenant"),
                UUID.randomUUID().toString(),
                clientId,
                secret(app.firstSecret().value()),
                Set.of()));
        assertFails(unknownTenant, "TENANT_NOT_FOUND", "AADSTS90002");

        long unknownApp = create(portal(
                unique("No app"),
                tenant.id(),
                UUID.randomUUID().toString(),
                secret(app.firstSecret().value()),
                Set.of()));
        assertFails(unknownApp, "APPLICATION_NOT_FOUND", "AADSTS700016");

        long unregistered = create(portal(
                unique("Unregistered"), tenant.id(), clientId, pem(TestCertificates.rsa("unregistered")), Set.of()));
        assertFails(unregistered, "CERTIFICATE_REJECTED", "AADSTS700027");

        long answeredByAProxy = create(portal(
                unique("Proxy answer"),
                tenant.id(),
                clientId,
                secret(app.firstSecret().value()),
                Set.of()));
        ItSimulator.get().faults().inject(Endpoint.TOKEN, Fault.malformedError(400), 1);
        assertFails(
                answeredByAProxy,
                "ERROR_UNREADABLE",
                "answered HTTP 400 with a response that is not an Entra ID error");
    }

    @Test
    void certificateAndStoredCredentialProblemsAreCategorised() throws Exception {
        Tenant tenant = tenant(30, 3);
        TestCertificates.Issued shortLived = TestCertificates.rsaValidBetween(
                "short-lived",
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plusSeconds(4));
        TestCertificates.Issued good = TestCertificates.rsa("good");
        AppRegistration app = tenant.registerApp(UUID.randomUUID().toString(), "certificates");
        app.addCertificate(shortLived.certificate());
        app.addCertificate(good.certificate());

        long expiring = create(portal(unique("Expiring"), tenant.id(), app.clientId(), pem(shortLived), Set.of()));
        Thread.sleep(Duration.between(
                                Instant.now(),
                                shortLived.certificate().getNotAfter().toInstant())
                        .toMillis()
                + 1_000);
        assertFails(expiring, "ASSERTION_SIGNING_FAILED", "expired");

        long brokenCertificate =
                create(portal(unique("Broken cert"), tenant.id(), app.clientId(), pem(good), Set.of()));
        sql(
                "UPDATE M365_PORTAL SET CERTIFICATE_PEM = ? WHERE ID = ?",
                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
                brokenCertificate);
        assertFails(brokenCertificate, "CERTIFICATE_THUMBPRINT_UNREADABLE", "certificate");

        long brokenSecret = create(portal(
                unique("Broken secret"),
                tenant.id(),
                tenant.apps().iterator().next().clientId(),
                secret("whatever"),
                Set.of()));
        sql(
                "UPDATE M365_PORTAL SET SECRET_VALUE_ENC = ? WHERE ID = ?",
                Base64.getEncoder().encodeToString(new byte[48]),
                brokenSecret);
        assertFails(brokenSecret, "CREDENTIAL_UNREADABLE", "m365.secrets.key");
    }

    @Test
    void onePortalsFailureDoesNotStopTheOthers() {
        Tenant tenant = tenant(50, 3);
        String good = unique("Good");
        String bad = unique("Bad");
        secretPortal(tenant, good);
        create(portal(bad, tenant.id(), tenant.apps().iterator().next().clientId(), secret("wrong"), Set.of()));

        Reply runs = client.post("api/imports", "", Login.ADMIN);

        assertThat(runs.status()).isEqualTo(200);
        List<JsonObject> byPortal =
                runs.jsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertThat(byPortal).anySatisfy(r -> {
            assertThat(r.getString("portalName")).isEqualTo(good);
            assertThat(r.getString("outcome")).isEqualTo("SUCCEEDED");
        });
        assertThat(byPortal).anySatisfy(r -> {
            assertThat(r.getString("portalName")).isEqualTo(bad);
            assertThat(r.getString("outcome")).isEqualTo("FAILED");
        });
        List<JsonObject> recent = client.get("api/task-runs?limit=500", Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertThat(recent).extracting(r -> r.getString("portalName", "")).contains(good, bad);
        assertThat(Instant.parse(recent.get(0).getString("startedAt")))
                .isAfterOrEqualTo(Instant.parse(recent.get(recent.size() - 1).getString("startedAt")));
    }

    // ---- test connection and the exclusions list (M-2) ----

    @Test
    void testConnectionAndTenantLicencesForStoredAndDraftPortals() {
        Tenant tenant = tenant(40, 6);
        AppRegistration app = tenant.apps().iterator().next();
        String excluded = tenant.read(t -> t.skus().iterator().next().skuId());
        long portalId = create(portal(
                unique("Checked"),
                tenant.id(),
                app.clientId(),
                secret(app.firstSecret().value()),
                Set.of(excluded)));

        JsonObject ok = client.post("api/portals/" + portalId + "/connection-test", "", Login.ADMIN)
                .json();
        assertThat(ok.getBoolean("successful")).isTrue();
        assertThat(ok.getInt("skuCount")).isEqualTo(6);

        JsonObject wrong = client.post(
                        "api/portals/connection-test",
                        portal("Draft", tenant.id(), app.clientId(), secret("nope"), Set.of())
                                .build()
                                .toString(),
                        Login.ADMIN)
                .json();
        assertThat(wrong.getBoolean("successful")).isFalse();
        assertThat(wrong.getString("category")).isEqualTo("SECRET_INVALID");
        assertThat(wrong.getString("message")).contains("Entra ID refused the client secret");

        JsonObject editedTab = client.post(
                        "api/portals/connection-test?portalId=" + portalId,
                        portal("Edited", tenant.id(), app.clientId(), null, Set.of())
                                .build()
                                .toString(),
                        Login.ADMIN)
                .json();
        assertThat(editedTab.getBoolean("successful")).as(editedTab.toString()).isTrue();

        Reply invalid = client.post(
                "api/portals/connection-test",
                portal("Draft", "not-a-guid", app.clientId(), secret("x"), Set.of())
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(invalid.status()).isEqualTo(400);

        List<JsonObject> licences =
                client.get("api/portals/" + portalId + "/licences", Login.VIEWER).jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .toList();
        assertThat(licences).hasSize(6);
        Set<String> subscribed = new HashSet<>(tenant.read(t -> t.skus().stream()
                .filter(s -> s.capabilityStatus().equals("Enabled")
                        || s.capabilityStatus().equals("Warning"))
                .map(SimSku::skuId)
                .toList()));
        assertThat(licences).allSatisfy(l -> {
            assertThat(l.getBoolean("subscribed")).isEqualTo(subscribed.contains(l.getString("skuId")));
            assertThat(l.getBoolean("excluded")).isEqualTo(l.getString("skuId").equals(excluded));
            assertThat(l.getString("title")).isNotBlank();
        });
        assertThat(subscribed).hasSizeLessThan(6);

        Reply draftLicences = client.post(
                "api/portals/licences",
                portal(
                                "Draft",
                                tenant.id(),
                                app.clientId(),
                                secret(app.firstSecret().value()),
                                Set.of())
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(draftLicences.status()).isEqualTo(200);
        assertThat(draftLicences.jsonArray()).hasSize(6);
        Reply unreachable = client.post(
                "api/portals/licences",
                portal("Draft", tenant.id(), app.clientId(), secret("nope"), Set.of())
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(unreachable.status()).isEqualTo(502);
        assertThat(unreachable.json().getString("detail")).contains("client secret");
    }
}
