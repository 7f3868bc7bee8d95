package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.simulator.fault.Endpoint;
import dev.itam.m365.simulator.fault.Fault;
import dev.itam.m365.simulator.graph.ThrottlePriority;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro instances on one PostgreSQL database, with short schedules: every tick of each
 * task runs exactly once across both, and killing the instance that runs an import does not block
 * later runs, and a catalogue uploaded on one names licences on the other. Runs in the PostgreSQL
 * execution only.
 */
class ClusterIT {

    private static final Duration INTERVAL = Duration.ofSeconds(8);
    private static final Duration RECALCULATION_OFFSET = Duration.ofSeconds(4);
    private static final Duration LEASE_TIMEOUT = Duration.ofSeconds(6);
    private static final Duration RENEWAL_PERIOD = LEASE_TIMEOUT.dividedBy(3);
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/m365_cluster";

    private record Run(long id, String task, String outcome, Instant started, Instant ended, String error) {}

    @Test
    void eachTickRunsOnceAndADeadInstanceDoesNotBlockLaterRuns() throws Exception {
        recreateDatabase();
        Path target = Path.of(System.getProperty("it.trust.store")).getParent();
        List<String> properties = properties();
        try (PayaraNode a = PayaraNode.start(
                        "node-a", 18081, dataDir(properties, target, "a"), target.resolve("cluster-node-a.log"));
                PayaraNode b = PayaraNode.start(
                        "node-b", 18082, dataDir(properties, target, "b"), target.resolve("cluster-node-b.log"))) {
            a.awaitReady(Duration.ofMinutes(3));
            b.awaitReady(Duration.ofMinutes(3));
            Tenant smallTenant = ItSimulator.get().addTenant(TenantSpec.of(7_007, 200, 4));
            long small = a.createPortal("Cluster 7007", smallTenant);

            Thread.sleep(Duration.ofSeconds(42).toMillis());
            assertEachTickRanOnce("IMPORT", Duration.ZERO);
            assertEachTickRanOnce("RECALCULATION", RECALCULATION_OFFSET);
            List<Long> scheduledImports = runs("IMPORT").stream().map(Run::id).toList();
            assertThat(auditedStarts("IMPORT_STARTED"))
                    .as("each scheduled import's start is audited, with the scheduler as its actor")
                    .containsAll(scheduledImports);
            assertThat(ItSimulator.get().throttling().requests(smallTenant.id(), Endpoint.USERS, ThrottlePriority.LOW))
                    .as("scheduled imports ask Graph for low priority")
                    .isPositive();
            assertThat(ItSimulator.get()
                            .throttling()
                            .requests(smallTenant.id(), Endpoint.USERS, ThrottlePriority.NORMAL))
                    .isZero();

            a.deletePortal(small);
            createPortal(a, TenantSpec.of(7_008, 2_500, 4));
            ItSimulator.get().faults().inject(Endpoint.USERS, Fault.delay(0), 1);
            ItSimulator.get().faults().inject(Endpoint.USERS, Fault.delay(10_000), 100);
            Lease lease = awaitImportLease();
            awaitStaged(lease.runId());
            Instant killedAt = Instant.now();
            (lease.holder().equals("node-a") ? a : b).kill();
            ItSimulator.get().faults().clear();

            Run killed = awaitEnd(lease.runId(), Duration.ofSeconds(30));
            assertThat(killed.outcome()).isEqualTo("FAILED");
            assertThat(killed.error()).contains("stopped before it ended");
            assertThat(killed.ended())
                    .as("closed once its lease lapsed, by the next sweep")
                    .isBefore(killedAt.plus(LEASE_TIMEOUT).plus(RENEWAL_PERIOD).plusSeconds(1));
            assertThat(stagedRowsAfter(lease.runId(), Duration.ofSeconds(2)))
                    .as("the users the dead instance staged are removed once its run is closed")
                    .isZero();

            Thread.sleep(Duration.ofSeconds(24).toMillis());
            assertThat(runs("IMPORT"))
                    .filteredOn(
                            r -> r.started().isAfter(killedAt) && r.outcome().equals("SUCCEEDED"))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(runs("RECALCULATION"))
                    .filteredOn(
                            r -> r.started().isAfter(killedAt) && r.outcome().equals("SUCCEEDED"))
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aCatalogueUploadOnOneInstanceNamesLicencesOnTheOtherAtOnce() throws Exception {
        recreateDatabase();
        Path target = Path.of(System.getProperty("it.trust.store")).getParent();
        List<String> properties = properties();
        try (PayaraNode a = PayaraNode.start(
                        "node-a", 18081, dataDir(properties, target, "a"), target.resolve("cluster-node-a.log"));
                PayaraNode b = PayaraNode.start(
                        "node-b", 18082, dataDir(properties, target, "b"), target.resolve("cluster-node-b.log"))) {
            a.awaitReady(Duration.ofMinutes(3));
            b.awaitReady(Duration.ofMinutes(3));
            long portalId = createPortal(a, TenantSpec.of(7_009, 200, 4));
            String skuId = titlesOnTheTenant(b, portalId).keySet().iterator().next();
            assertThat(titlesOnTheTenant(b, portalId).get(skuId)).isNotEqualTo("Uploaded title");

            HttpResponse<String> uploaded = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(a.api("catalogue"))
                                    .header("Authorization", PayaraNode.basic())
                                    .header("Content-Type", "text/csv")
                                    .PUT(HttpRequest.BodyPublishers.ofString(
                                            "Product_Display_Name,String_Id,GUID\r\nUploaded title,PART," + skuId
                                                    + "\r\n"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);

            assertThat(titlesOnTheTenant(b, portalId).get(skuId)).isEqualTo("Uploaded title");
        }
    }

    /** The tenant's licences as the exclusions step lists them: title by SKU id. */
    private static Map<String, String> titlesOnTheTenant(PayaraNode node, long portalId) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(node.api("portals/" + portalId + "/licences"))
                                .header("Authorization", PayaraNode.basic())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(l -> l.getString("skuId"), l -> l.getString("title")));
        }
    }

    private static List<String> properties() {
        List<String> properties = new ArrayList<>(PayaraNode.reachingTheSimulator());
        properties.addAll(List.of(
                "-Dm365.db.url=" + URL,
                "-Dm365.db.user=postgres",
                "-Dm365.tasks.import.interval=" + INTERVAL,
                "-Dm365.tasks.recalculation.interval=" + INTERVAL,
                "-Dm365.tasks.recalculation.offset=" + RECALCULATION_OFFSET,
                "-Dm365.tasks.lease-timeout=" + LEASE_TIMEOUT,
                "-Dm365.graph.retry-delay=PT0.05S"));
        return properties;
    }

    private static List<String> dataDir(List<String> properties, Path target, String node) {
        List<String> all = new ArrayList<>(properties);
        all.add("-Dm365.data-dir=" + target.resolve("cluster-" + node));
        return all;
    }

    private void assertEachTickRanOnce(String task, Duration offset) throws Exception {
        List<Run> runs = runs(task);
        TreeSet<Long> ticks = new TreeSet<>();
        for (Run run : runs) {
            long tick = Math.round((double) (run.started().toEpochMilli() - offset.toMillis()) / INTERVAL.toMillis());
            assertThat(ticks.add(tick))
                    .as(task + " tick " + tick + " ran twice: " + runs)
                    .isTrue();
        }
        assertThat(runs).as(task + " runs").hasSizeGreaterThanOrEqualTo(3);
        assertThat(ticks.last() - ticks.first() + 1)
                .as("no tick of " + task + " was skipped")
                .isEqualTo(ticks.size());
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).started())
                    .as(task + " runs overlap")
                    .isAfterOrEqualTo(runs.get(i - 1).ended());
        }
    }

    private record Lease(String holder, long runId) {}

    private static Lease awaitImportLease() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<Lease> lease = Optional.empty();
            try (Connection db = connect();
                    Statement sql = db.createStatement();
                    ResultSet row = sql.executeQuery("SELECT HOLDER, RUN_ID FROM M365_TASK_LEASE WHERE TASK = 'IMPORT'"
                            + " AND HOLDER IS NOT NULL AND RUN_ID IS NOT NULL")) {
                if (row.next()) {
                    lease = Optional.of(new Lease(row.getString(1), row.getLong(2)));
                }
            }
            if (lease.isPresent()) {
                return lease.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No import started");
    }

    /** Waits until the run has staged a page, so the kill leaves staged users behind. */
    private static void awaitStaged(long runId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (stagedRows(runId) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Run " + runId + " staged no users");
            }
            Thread.sleep(100);
        }
    }

    /** The run's staged rows once they are gone, or after the wait. */
    private static int stagedRowsAfter(long runId, Duration wait) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        int rows = stagedRows(runId);
        while (rows > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            rows = stagedRows(runId);
        }
        return rows;
    }

    private static int stagedRows(long runId) throws Exception {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement("SELECT (SELECT COUNT(*) FROM M365_STAGED_USER WHERE"
                        + " RUN_ID = ?) + (SELECT COUNT(*) FROM M365_STAGED_LICENCE WHERE RUN_ID = ?)")) {
            query.setLong(1, runId);
            query.setLong(2, runId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static Run awaitEnd(long runId, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Run> ended = runs("IMPORT").stream()
                    .filter(r -> r.id() == runId && !r.outcome().equals("RUNNING"))
                    .findFirst();
            if (ended.isPresent()) {
                return ended.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Run " + runId + " did not end within " + timeout);
    }

    /** The runs whose start the audit log lists as the scheduler's. */
    private static List<Long> auditedStarts(String action) throws Exception {
        List<Long> runIds = new ArrayList<>();
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement("SELECT SUBJECT_ID FROM M365_AUDIT"
                        + " WHERE AUDIT_ACTION = ? AND ACTOR_KIND = 'SCHEDULER' AND ACTOR IS NULL")) {
            query.setString(1, action);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    runIds.add(row.getLong(1));
                }
            }
        }
        return runIds;
    }

    private static List<Run> runs(String task) throws Exception {
        List<Run> runs = new ArrayList<>();
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement(
                        "SELECT ID, TASK, OUTCOME, STARTED_AT,"
                                + " ENDED_AT, ERROR_MESSAGE FROM M365_TASK_RUN WHERE TASK = ? AND TRIGGERED_BY = 'SCHEDULE' ORDER BY STARTED_AT")) {
            query.setString(1, task);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Timestamp ended = row.getTimestamp(5);
                    runs.add(new Run(
                            row.getLong(1),
                            row.getString(2),
                            row.getString(3),
                            row.getTimestamp(4).toInstant(),
                            ended == null ? Instant.MAX : ended.toInstant(),
                            row.getString(6)));
                }
            }
        }
        return runs;
    }

    /** A tenant of more than one page of users, when a test needs an import to stage before it stops. */
    private static long createPortal(PayaraNode node, TenantSpec tenant) throws Exception {
        return node.createPortal("Cluster " + tenant.seed(), ItSimulator.get().addTenant(tenant));
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(URL, "postgres", "");
    }

    private static void recreateDatabase() throws Exception {
        try (Connection server = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS m365_cluster WITH (FORCE)");
            sql.execute("CREATE DATABASE m365_cluster ENCODING 'UTF8'");
        }
        Files.createDirectories(Path.of(System.getProperty("it.trust.store")).getParent());
    }
}
