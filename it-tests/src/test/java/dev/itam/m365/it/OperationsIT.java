package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.simulator.fault.Endpoint;
import dev.itam.m365.simulator.fault.Fault;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The server's MicroProfile Health and Metrics endpoints with the plugin: ready and live once the
 * migrations ran, the portals' facts in readiness; an import's metrics exactly as it read the tenant;
 * and, on the database servers, a Payara Micro whose database goes away (not ready, still live) or
 * refuses from the start (not deployed: down).
 */
class OperationsIT extends DeployedPlugin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void readyAndLiveOnceMigratedWithEachPortalsLastImport() throws Exception {
        PortalImports imports = new PortalImports(client);
        long portalId = imports.importedPortal(ItSimulator.get().addTenant(TenantSpec.of(16_301, 50, 3)), "Healthy");

        Answer ready = get(server("health/ready"));
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        JsonObject database = check(ready, "m365-database");
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("migrated")).isEqualTo("true");
        assertThat(database.getJsonObject("data").getString("schemaVersion")).isEqualTo(latestMigration());
        JsonObject portals = check(ready, "m365-portals").getJsonObject("data");
        assertThat(portals.getString("portal." + portalId + ".lastImport")).isEqualTo("SUCCEEDED");
        assertThat(portals.getString("portal." + portalId + ".credential")).isEqualTo("CLIENT_SECRET");
        assertThat(portals.getString("portal." + portalId + ".credentialExpires"))
                .isEqualTo("2099-01-01");

        Answer live = get(server("health/live"));
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        JsonObject leases = check(live, "m365-task-leases");
        assertThat(leases.getString("status")).isEqualTo("UP");
        assertThat(leases.getJsonObject("data").getString("rounds")).isEqualTo("RUNNING");
    }

    @Test
    void anImportsMetricsTellWhatItReadAskedAndTook() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(16_302, 1_200, 4));
        long users = tenant.read(
                t -> t.userSlots().stream().filter(u -> !u.deleted()).count());
        PortalImports imports = new PortalImports(client);
        long portalId = imports.createPortal(tenant, "Measured");
        // one throttled answer of the users, retried at once
        ItSimulator.get().faults().inject(Endpoint.USERS, Fault.throttle(0), 1);

        JsonObject run = imports.importOk(portalId);

        JsonObject reading = run.getJsonObject("reading");
        boolean signIns = "READ"
                .equals(client.get("api/portals/" + portalId, Login.VIEWER)
                        .json()
                        .getString("signInActivity"));
        long pageSize = signIns ? 500 : 999;
        Metrics metrics = Metrics.of(get(server("metrics?scope=application")).body());
        Map<String, String> portal = Map.of("portal_id", Long.toString(portalId));
        assertThat(metrics.value("m365_import_runs_total", with(portal, "outcome", "SUCCEEDED")))
                .isEqualTo(1);
        assertThat(metrics.find("m365_import_runs_total", with(portal, "outcome", "FAILED")))
                .isEmpty();
        assertThat(metrics.value("m365_import_users_total", portal)).isEqualTo(users);
        assertThat(metrics.value("m365_import_user_pages_total", portal)).isEqualTo((users + pageSize - 1) / pageSize);
        assertThat(metrics.value("m365_graph_requests_total", portal)).isEqualTo(reading.getInt("graphRequests"));
        assertThat(metrics.value("m365_graph_throttled_total", portal)).isEqualTo(1);
        assertThat(metrics.value("m365_graph_retries_total", portal)).isEqualTo(1);
        assertThat(metrics.value("m365_graph_resource_units_total", portal)).isEqualTo(reading.getInt("resourceUnits"));
        assertThat(metrics.value("m365_import_duration_seconds_count", portal)).isEqualTo(1);
        assertThat(metrics.value("m365_import_duration_seconds_sum", portal)).isPositive();
        assertThat(metrics.value("m365_task_duration_seconds_count", Map.of("task", "IMPORT_NOW")))
                .isPositive();
        assertThat(metrics.value("m365_task_runs_total", Map.of("task", "IMPORT_NOW", "outcome", "SUCCEEDED")))
                .isPositive();
    }

    @Test
    void aFailedImportCountsItsCategory() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(16_303, 20, 2));
        long portalId = new PortalImports(client).createPortal(tenant, "Failing");
        ItSimulator.get().faults().inject(Endpoint.SUBSCRIBED_SKUS, Fault.malformedError(400), 1);

        PluginClient.Reply run = client.post("api/imports/" + portalId, "", Login.ADMIN);
        assertThat(run.json().getString("outcome")).as(run.body()).isEqualTo("FAILED");
        String category = run.json().getString("errorCategory");

        Metrics metrics = Metrics.of(get(server("metrics?scope=application")).body());
        Map<String, String> portal = Map.of("portal_id", Long.toString(portalId));
        assertThat(metrics.value("m365_import_runs_total", with(portal, "outcome", "FAILED")))
                .isEqualTo(1);
        assertThat(metrics.value("m365_import_failures_total", with(portal, "category", category)))
                .isEqualTo(1);
        assertThat(metrics.value("m365_task_failures_total", Map.of("task", "IMPORT", "category", category)))
                .isPositive();
        JsonObject portals = check(get(server("health/ready")), "m365-portals").getJsonObject("data");
        assertThat(portals.getString("portal." + portalId + ".lastImport")).isEqualTo("FAILED");
        assertThat(portals.getString("portal." + portalId + ".lastImportFailure"))
                .isEqualTo(category);
    }

    /**
     * The database servers' runs (H2's file cannot be taken away from a running server): dropping the
     * node's database and ending its connections, as a database server that goes down does.
     */
    @Test
    void aDatabaseThatGoesAwayMakesThePluginUnreadyButKeepsItLive() throws Exception {
        Assumptions.assumeFalse("h2".equals(ItDatabase.kind()), "a database server's run only");
        Path target = Path.of(System.getProperty("it.trust.store")).getParent();
        String url = ItDatabase.url().replace("/m365_it", "/m365_operations");
        dropOperationsDatabase();
        createOperationsDatabase();
        try (PayaraNode node = startNode(url, target)) {
            Answer ready = await(
                    node,
                    "health/ready",
                    answer -> answer.status() == 200 && answer.body().contains("m365-database"));
            assertThat(check(ready, "m365-database").getString("status")).isEqualTo("UP");
            JsonObject portals = check(ready, "m365-portals").getJsonObject("data");
            assertThat(portals.containsKey("problem"))
                    .as("read before any page or call had used the services: %s", portals)
                    .isFalse();
            assertThat(portals.getString("portals")).isEqualTo("0");

            dropOperationsDatabase();

            Answer down = await(node, "health/ready", answer -> answer.status() == 503);
            assertThat(down.json().getString("status")).isEqualTo("DOWN");
            JsonObject database = check(down, "m365-database");
            assertThat(database.getString("status")).isEqualTo("DOWN");
            assertThat(database.getJsonObject("data").getString("problem")).startsWith("The database does not answer");
            assertThat(check(down, "m365-portals").getString("status")).isEqualTo("UP");
            Answer live = get(node.url("health/live"));
            assertThat(live.status()).as(live.body()).isEqualTo(200);
            assertThat(check(live, "m365-task-leases").getString("status")).isEqualTo("UP");

            createOperationsDatabase();
            Answer back = await(node, "health/ready", answer -> answer.status() == 200);
            assertThat(check(back, "m365-database").getString("status"))
                    .as("a database that answers again, through connections that replaced the pool's dead ones")
                    .isEqualTo("UP");
        } finally {
            dropOperationsDatabase();
        }
    }

    /**
     * A database that refuses connections when the server starts: Payara's JPA deployer opens the
     * persistence unit while it deploys the WAR and refuses the deployment when that fails, so the
     * server answers DOWN on both endpoints, and an orchestrator restarts it until the database
     * answers (a plugin that is not deployed cannot recover on its own).
     */
    @Test
    void aDatabaseThatRefusesFromTheStartKeepsTheServerDown() throws Exception {
        Assumptions.assumeFalse("h2".equals(ItDatabase.kind()), "a database server's run only");
        Path target = Path.of(System.getProperty("it.trust.store")).getParent();
        int closed = PayaraNode.freePort();
        String refusing = ItDatabase.url().replaceFirst(":\\d+/", ":" + closed + "/");
        try (PayaraNode node = startNode(refusing, target)) {
            node.awaitStarted(Duration.ofMinutes(3));
            Answer ready = await(node, "health/ready", answer -> answer.status() == 503);
            assertThat(ready.json().getString("status")).isEqualTo("DOWN");
            Answer live = get(node.url("health/live"));
            assertThat(live.status()).as(live.body()).isEqualTo(503);
            assertThat(get(node.api("portals")).status()).isEqualTo(404);
        }
    }

    private static PayaraNode startNode(String databaseUrl, Path target) throws IOException {
        List<String> properties = new ArrayList<>(PayaraNode.reachingTheSimulator());
        properties.add("-Dm365.data-dir=" + target.resolve("it-operations"));
        properties.add("-Dm365.db.url=" + databaseUrl);
        properties.add("-Dm365.db.user=" + System.getProperty("it.db.user"));
        properties.add("-Dm365.tasks.import.interval=off");
        properties.add("-Dm365.tasks.recalculation.interval=off");
        return PayaraNode.start("operations", PayaraNode.freePort(), properties, target.resolve("operations-node.log"));
    }

    private static void createOperationsDatabase() throws Exception {
        onServer(
                "postgresql".equals(ItDatabase.kind())
                        ? "CREATE DATABASE m365_operations ENCODING 'UTF8'"
                        : "CREATE DATABASE m365_operations CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }

    /**
     * Drops the node's database with its connections: PostgreSQL ends them itself, MariaDB keeps a
     * dropped database's connections open, so they are killed as a server that goes down ends them.
     */
    private static void dropOperationsDatabase() throws Exception {
        if ("postgresql".equals(ItDatabase.kind())) {
            onServer("DROP DATABASE IF EXISTS m365_operations WITH (FORCE)");
            return;
        }
        try (Connection connection = ItDatabase.connectToServer();
                Statement statement = connection.createStatement()) {
            List<Long> before = connectionsTo(statement);
            statement.execute("DROP DATABASE IF EXISTS m365_operations");
            // those open before the drop, and any the pool opened meanwhile
            for (long id : before) {
                kill(statement, id);
            }
            for (long id : connectionsTo(statement)) {
                kill(statement, id);
            }
        }
    }

    private static List<Long> connectionsTo(Statement statement) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (var rows =
                statement.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = 'm365_operations'")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Ends a connection; one that ended on its own meanwhile is "Unknown thread id" (1094). */
    private static void kill(Statement statement, long id) throws Exception {
        try {
            statement.execute("KILL CONNECTION " + id);
        } catch (SQLException e) {
            if (e.getErrorCode() != 1094) {
                throw e;
            }
        }
    }

    private static void onServer(String sql) throws Exception {
        try (Connection connection = ItDatabase.connectToServer();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Asks until the answer fits: the node deploys, the database's loss shows at the next check. */
    private static Answer await(PayaraNode node, String path, Predicate<Answer> fits) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        Answer last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = get(node.url(path));
                if (fits.test(last)) {
                    return last;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(path + " did not answer as expected within 3 minutes; last: " + last);
    }

    private URI server(String path) {
        return URI.create("http://127.0.0.1:" + deployment.getPort() + "/" + path);
    }

    private record Answer(int status, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    /**
     * One GET; asked again once when a kept-alive connection turns out closed by the server ("EOF
     * reached while reading"), as an idempotent request may be.
     */
    private static Answer get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).build();
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException staleConnection) {
            answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return new Answer(answer.statusCode(), answer.body());
    }

    private static JsonObject check(Answer answer, String name) {
        return answer.json().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(check -> name.equals(check.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + answer.body()));
    }

    private static Map<String, String> with(Map<String, String> tags, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(tags);
        more.put(name, value);
        return more;
    }

    /** Prometheus' text format, as far as these tests read it: a sample's name, labels and value. */
    private record Metrics(String text, List<Sample> samples) {

        record Sample(String name, Map<String, String> labels, double value) {}

        static Metrics of(String text) {
            List<Sample> samples = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int brace = line.indexOf('{');
                int end = line.lastIndexOf('}');
                String name = brace < 0 ? line.substring(0, line.indexOf(' ')) : line.substring(0, brace);
                Map<String, String> labels = new LinkedHashMap<>();
                if (brace >= 0) {
                    for (String label : line.substring(brace + 1, end).split(",(?=[a-zA-Z_]+=\")")) {
                        int equals = label.indexOf('=');
                        labels.put(label.substring(0, equals), label.substring(equals + 2, label.length() - 1));
                    }
                }
                String value =
                        line.substring((brace < 0 ? name.length() : end + 1)).strip();
                samples.add(new Sample(name, labels, Double.parseDouble(value.split(" ")[0])));
            }
            return new Metrics(text, samples);
        }

        Optional<Double> find(String name, Map<String, String> labels) {
            return samples.stream()
                    .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                    .map(Sample::value)
                    .findFirst();
        }

        double value(String name, Map<String, String> labels) {
            return find(name, labels)
                    .orElseThrow(() -> new AssertionError("no " + name + " " + labels + " in:\n" + text));
        }
    }

    /**
     * The schema's version as Flyway recorded it: the latest migration applied. Flyway quotes the
     * table's name as the plugin gives it, and names its columns in lower case, quoted on some
     * databases, so the table is quoted here too and the columns are found by name in any case.
     */
    private static String latestMigration() throws Exception {
        try (java.sql.Connection db = ItDatabase.connect();
                java.sql.Statement sql = db.createStatement();
                java.sql.ResultSet rows = sql.executeQuery("SELECT * FROM "
                        + db.getMetaData().getIdentifierQuoteString() + "M365_SCHEMA_HISTORY"
                        + db.getMetaData().getIdentifierQuoteString())) {
            int version = column(rows, "version");
            int success = column(rows, "success");
            int latest = 0;
            while (rows.next()) {
                if (rows.getString(version) != null && rows.getBoolean(success)) {
                    latest = Math.max(latest, Integer.parseInt(rows.getString(version)));
                }
            }
            return Integer.toString(latest);
        }
    }

    private static int column(java.sql.ResultSet rows, String name) throws SQLException {
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
            if (rows.getMetaData().getColumnLabel(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalStateException("Flyway's history has no column " + name);
    }
}
