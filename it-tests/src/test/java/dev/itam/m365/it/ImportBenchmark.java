package dev.itam.m365.it;

import dev.itam.m365.simulator.GraphSimulator;
import dev.itam.m365.simulator.bench.PageWalker;
import dev.itam.m365.simulator.bench.UsersPagingBenchmark;
import dev.itam.m365.simulator.fault.Endpoint;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.SkuCatalogue;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * The import benchmark (a command, not a test): a simulated tenant of 100,000 users imported by the
 * plugin in Payara Micro on PostgreSQL. Prints the import time, users per second, the server's peak
 * heap, the recalculation time, the reclaim list's totals, first page and CSV export; the time a bare
 * HTTP client needs to download the same pages (with sign-in activity, 500 a page) and the time
 * Microsoft's Graph SDK needs to fetch and parse them; the import of a 20,000-user tenant while every
 * answer waits 250 ms; then the ratios as {@code name: value} lines, and the times of repeated
 * re-imports of a 4,400-user tenant on the demo's embedded H2; last the full import of a 500,000-user
 * tenant by a server with a heap of 256 MB, and its peak heap.
 *
 * <p>Arguments: {@code [users] [skus] [catalogue.csv]}; with more SKUs than the built-in 28, give
 * Microsoft's product names CSV.
 */
public final class ImportBenchmark {

    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/m365_bench";
    private static final int H2_USERS = 4_400;
    private static final int LATENCY_USERS = 20_000;
    private static final Duration LATENCY = Duration.ofMillis(250);
    private static final int H2_RUNS = 12;
    private static final int LARGE_USERS = 500_000;
    private static final String LARGE_HEAP = "256m";

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int skus = args.length > 1 ? Integer.parseInt(args[1]) : 28;
        SkuCatalogue catalogue = args.length > 2 ? SkuCatalogue.fromCsv(Path.of(args[2])) : SkuCatalogue.builtIn();
        Path work = Files.createDirectories(Path.of("target", "benchmark"));
        recreateDatabase();
        try (GraphSimulator simulator = GraphSimulator.start(0, catalogue)) {
            Tenant tenant = simulator.addTenant(new TenantSpec(42, users, skus, catalogue));
            Path trust = work.resolve("simulator-truststore.p12");
            simulator.tls().writeTrustStore(trust, "changeit".toCharArray());
            List<String> properties = properties(simulator, trust, DATABASE, "postgres", work.resolve("data"));
            System.out.printf(
                    "Tenant: %,d users, %d SKUs. Starting Payara Micro with the plugin on PostgreSQL...%n",
                    users, skus);
            try (PayaraNode node =
                    PayaraNode.start("benchmark", PayaraNode.freePort(), properties, work.resolve("payara.log"))) {
                node.awaitReady(Duration.ofMinutes(3));
                long portalId = createPortal(node, tenant, "Benchmark");
                try (HeapSampler heap = HeapSampler.of(node.pid())) {
                    long tokensBefore = simulator.faults().requestCount(Endpoint.TOKEN);
                    long start = System.nanoTime();
                    JsonObject run = post(node, "imports/" + portalId);
                    double importSeconds = (System.nanoTime() - start) / 1e9;
                    long importTokens = simulator.faults().requestCount(Endpoint.TOKEN) - tokensBefore;
                    start = System.nanoTime();
                    JsonObject recalculation = post(node, "tasks/recalculation");
                    double recalculationSeconds = (System.nanoTime() - start) / 1e9;
                    start = System.nanoTime();
                    JsonObject again = post(node, "imports/" + portalId);
                    double reimportSeconds = (System.nanoTime() - start) / 1e9;
                    start = System.nanoTime();
                    JsonObject unchangedDelta = post(node, "imports/" + portalId + "?mode=INCREMENTAL");
                    double unchangedDeltaSeconds = (System.nanoTime() - start) / 1e9;
                    int changed = changeOnePercent(tenant);
                    start = System.nanoTime();
                    JsonObject delta = post(node, "imports/" + portalId + "?mode=INCREMENTAL");
                    double deltaSeconds = (System.nanoTime() - start) / 1e9;
                    JsonObject largest = Json.createReader(new StringReader(get(node, "licences"))).readArray().stream()
                            .map(JsonValue::asJsonObject)
                            .max(Comparator.comparingInt(l -> l.getInt("consumed")))
                            .orElseThrow();
                    String consumersPath = "licences/" + largest.getJsonNumber("licenceId") + "/consumers";
                    start = System.nanoTime();
                    int allConsumers = Json.createReader(new StringReader(get(node, consumersPath)))
                            .readArray()
                            .size();
                    double allConsumersSeconds = (System.nanoTime() - start) / 1e9;
                    start = System.nanoTime();
                    int pageConsumers = Json.createReader(new StringReader(
                                    get(node, consumersPath + "?first=" + allConsumers / 2 + "&max=10")))
                            .readArray()
                            .size();
                    double pageSeconds = (System.nanoTime() - start) / 1e9;
                    start = System.nanoTime();
                    JsonObject reclaimTotals = Json.createReader(new StringReader(get(node, "reclaim/totals")))
                            .readObject();
                    double reclaimTotalsSeconds = (System.nanoTime() - start) / 1e9;
                    start = System.nanoTime();
                    int reclaimPage = Json.createReader(new StringReader(get(node, "reclaim?first=0&max=25")))
                            .readArray()
                            .size();
                    double reclaimPageSeconds = (System.nanoTime() - start) / 1e9;
                    start = System.nanoTime();
                    long reclaimCsvLines =
                            get(node, "reclaim", "text/csv").lines().count();
                    double reclaimCsvSeconds = (System.nanoTime() - start) / 1e9;
                    PageWalker.Walk download = new PageWalker(
                                    HttpClient.newBuilder()
                                            .sslContext(simulator.tls().clientContext())
                                            .build(),
                                    new SimulatorGraph(simulator, tenant).token())
                            .walk(simulator.baseUri() + UsersPagingBenchmark.QUERY);

                    double latencySeconds = importWithLatency(simulator, catalogue, node);
                    double[] sdk = SdkWalk.walk(
                            simulator,
                            new SimulatorGraph(simulator, tenant).token(),
                            UsersPagingBenchmark.SELECT.split(","),
                            UsersPagingBenchmark.TOP);

                    JsonObject figures = run.getJsonObject("figures");
                    System.out.printf(
                            "%nImport outcome %s: %,d contacts, %,d consumer assignments, %d licences%n",
                            run.getString("outcome"),
                            figures.getInt("contactsCreated"),
                            figures.getInt("assignmentsCreated"),
                            figures.getInt("licencesCreated"));
                    System.out.printf(
                            "Full import:               %6.1f s  (%,.0f users/s)%n",
                            importSeconds, users / importSeconds);
                    System.out.printf(
                            "Unchanged re-import:       %6.1f s  (%,.0f users/s, outcome %s)%n",
                            reimportSeconds, users / reimportSeconds, again.getString("outcome"));
                    System.out.printf(
                            "Incremental, nothing changed:%4.2f s  (outcome %s: %s)%n",
                            unchangedDeltaSeconds,
                            unchangedDelta.getString("outcome"),
                            unchangedDelta.getString("notice", ""));
                    System.out.printf(
                            "Incremental, %,d changed:  %6.2f s  (outcome %s: %s)%n",
                            changed, deltaSeconds, delta.getString("outcome"), delta.getString("notice", ""));
                    System.out.printf(
                            "Recalculation:             %6.2f s  (%d licences, outcome %s)%n",
                            recalculationSeconds,
                            recalculation.getJsonObject("figures").getInt("licencesRecalculated"),
                            recalculation.getString("outcome"));
                    System.out.printf(
                            "Consumers of the largest licence: all %,d in %.2f s; a page of %d (as the licence page"
                                    + " reads them) in %.3f s%n",
                            allConsumers, allConsumersSeconds, pageConsumers, pageSeconds);
                    System.out.printf(
                            "Reclaim totals:            %6.2f s  (%,d assignments on the list)%n",
                            reclaimTotalsSeconds, reclaimTotals.getInt("assignments"));
                    System.out.printf(
                            "Reclaim first page:        %6.2f s  (%d rows, as the reclaim page reads them)%n",
                            reclaimPageSeconds, reclaimPage);
                    System.out.printf(
                            "Reclaim list as CSV:       %6.2f s  (%,d rows)%n", reclaimCsvSeconds, reclaimCsvLines - 1);
                    System.out.printf(
                            "Bare download, same pages: %6.1f s  (%,.0f users/s, %d pages, %.1f MB)%n",
                            download.seconds(), download.usersPerSecond(), download.pages(), download.bytes() / 1e6);
                    System.out.printf(
                            "Graph SDK 6.69, same users:%6.1f s  (%,.0f users, PageIterator, token fetched once)%n",
                            sdk[1], sdk[0]);
                    System.out.printf(
                            "Peak heap of the server:   %6d MB (limit %s)%n", heap.peakMegabytes(), PayaraNode.HEAP);
                    long changeLogMillis =
                            firstMillis(work.resolve("payara.log"), "Recorded \\d+ changes of run \\d+ in (\\d+) ms");
                    long snapshotMillis =
                            firstMillis(work.resolve("payara.log"), "Kept the history of \\d+ licences in (\\d+) ms");
                    long reimportChangeLogMillis = firstMillis(
                            work.resolve("payara.log"),
                            "Recorded \\d+ changes of run " + again.getJsonNumber("id") + " in (\\d+) ms");
                    System.out.printf(
                            "Change log of the full import: %d ms (%,d changes); history snapshot of the recalculation: %d ms%n",
                            changeLogMillis,
                            run.getJsonObject("changes").getJsonObject("byKind").values().stream()
                                    .mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue())
                                    .sum(),
                            snapshotMillis);
                    JsonObject reading = run.getJsonObject("reading");
                    System.out.printf(
                            "Graph, full import:        %d requests, %d resource units, %d throttled; %d token requests%n",
                            reading.getInt("graphRequests"),
                            reading.getInt("resourceUnits"),
                            reading.getInt("throttledResponses"),
                            importTokens);
                    System.out.printf(
                            "%nfull import ÷ bare download: %.2f%nfull import ÷ Graph SDK fetching and parsing: %.2f%n"
                                    + "unchanged re-import ÷ full import: %.2f%n"
                                    + "delta import 1 %% ÷ full import: %.3f%n"
                                    + "delta import, nothing changed ÷ full import: %.3f%n"
                                    + "import with %d ms latency ÷ latency × pages: %.2f%n"
                                    + "snapshot and change log ÷ full import: %.3f%n"
                                    + "change log of the unchanged full re-import ÷ that re-import: %.3f%n",
                            importSeconds / download.seconds(),
                            importSeconds / sdk[1],
                            reimportSeconds / importSeconds,
                            deltaSeconds / importSeconds,
                            unchangedDeltaSeconds / importSeconds,
                            LATENCY.toMillis(),
                            latencySeconds / (LATENCY.toMillis() / 1000.0 * LATENCY_USERS / UsersPagingBenchmark.TOP),
                            (changeLogMillis + snapshotMillis) / 1000.0 / importSeconds,
                            reimportChangeLogMillis / 1000.0 / reimportSeconds);
                }
            }
            largeTenant(simulator, new TenantSpec(45, LARGE_USERS, skus, catalogue), trust, work);
            h2Reimports(simulator, catalogue, trust, work);
        }
    }

    /**
     * A full import of a 500,000-user tenant by a server of {@link #LARGE_HEAP}: the import holds a
     * page or two of users whatever the tenant's size, so it succeeds in the same memory.
     */
    private static void largeTenant(GraphSimulator simulator, TenantSpec spec, Path trust, Path work) throws Exception {
        Tenant tenant = simulator.addTenant(spec);
        List<String> properties = properties(simulator, trust, DATABASE, "postgres", work.resolve("data-large"));
        try (PayaraNode node = PayaraNode.start(
                "benchmark-large",
                PayaraNode.freePort(),
                LARGE_HEAP,
                properties,
                List.of(),
                work.resolve("payara-large.log"))) {
            node.awaitReady(Duration.ofMinutes(3));
            long portalId = createPortal(node, tenant, "Benchmark 500k");
            try (HeapSampler heap = HeapSampler.of(node.pid())) {
                long start = System.nanoTime();
                JsonObject run = post(node, "imports/" + portalId);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "%nFull import of %,d users at -Xmx%s: %.1f s (%,.0f users/s), outcome %s, %,d assignments%n"
                                + "peak heap, %,d-user tenant, server at -Xmx%s (MB): %d%n",
                        spec.users(),
                        LARGE_HEAP,
                        seconds,
                        spec.users() / seconds,
                        run.getString("outcome"),
                        run.getJsonObject("figures").getInt("assignmentsCreated"),
                        spec.users(),
                        LARGE_HEAP,
                        heap.peakMegabytes());
            }
        }
    }

    /** Changes one user in a hundred as admins do: a department, a licence taken away, an account disabled. */
    private static int changeOnePercent(Tenant tenant) {
        List<SimUser> users = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted() && !u.assignments().isEmpty())
                .map(SimUser::snapshot)
                .toList());
        int count = tenant.read(Tenant::liveUserCount) / 100;
        for (int i = 0; i < count; i++) {
            SimUser user = users.get(i * (users.size() / count));
            switch (i % 3) {
                case 0 -> tenant.renameUser(user.id(), null, "Moved " + i);
                case 1 -> tenant.unassign(user.id(), user.assignments().get(0).skuId());
                default -> tenant.setAccountEnabled(user.id(), false);
            }
        }
        return count;
    }

    /**
     * A full import of a smaller tenant while every answer of Entra ID and Graph waits {@link
     * #LATENCY}, as the real service's do: the time the import takes beyond the waits for its pages of
     * users is what it cannot hide behind them.
     */
    private static double importWithLatency(GraphSimulator simulator, SkuCatalogue catalogue, PayaraNode node)
            throws Exception {
        Tenant tenant = simulator.addTenant(new TenantSpec(44, LATENCY_USERS, 12, catalogue));
        long portalId = createPortal(node, tenant, "Benchmark with latency");
        simulator.latency().set(LATENCY);
        try {
            long start = System.nanoTime();
            JsonObject run = post(node, "imports/" + portalId);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "Import with %d ms latency:%6.1f s  (%,d users, %d pages of users, outcome %s)%n",
                    LATENCY.toMillis(),
                    seconds,
                    LATENCY_USERS,
                    LATENCY_USERS / UsersPagingBenchmark.TOP,
                    run.getString("outcome"));
            return seconds;
        } finally {
            simulator.latency().set(Duration.ZERO);
        }
    }

    /**
     * Unchanged re-imports of one tenant on the embedded H2 database the demo uses, each timed: a
     * merge whose plan depends on H2's statistics once made most of them a hundred times slower.
     */
    private static void h2Reimports(GraphSimulator simulator, SkuCatalogue catalogue, Path trust, Path work)
            throws Exception {
        Tenant tenant = simulator.addTenant(new TenantSpec(43, H2_USERS, 12, catalogue));
        Path data = work.resolve("data-h2-" + System.nanoTime());
        String url = "jdbc:h2:file:" + data.toAbsolutePath() + "/m365";
        try (PayaraNode node = PayaraNode.start(
                "benchmark-h2",
                PayaraNode.freePort(),
                properties(simulator, trust, url, "sa", data),
                work.resolve("payara-h2.log"))) {
            node.awaitReady(Duration.ofMinutes(3));
            long portalId = createPortal(node, tenant, "Benchmark");
            post(node, "imports/" + portalId);
            double[] seconds = new double[H2_RUNS];
            for (int run = 0; run < H2_RUNS; run++) {
                long start = System.nanoTime();
                post(node, "imports/" + portalId);
                seconds[run] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            System.out.printf(
                    "H2 unchanged re-import (%,d users, %d runs): median %.2f s, slowest %.2f s%n",
                    H2_USERS, H2_RUNS, seconds[H2_RUNS / 2], seconds[H2_RUNS - 1]);
        }
    }

    /** The first figure the server logged in the form {@code pattern}'s group, or -1 when it logged none. */
    private static long firstMillis(Path log, String pattern) throws java.io.IOException {
        java.util.regex.Pattern wanted = java.util.regex.Pattern.compile(pattern);
        try (java.util.stream.Stream<String> lines = Files.lines(log)) {
            return lines.map(wanted::matcher)
                    .filter(java.util.regex.Matcher::find)
                    .mapToLong(m -> Long.parseLong(m.group(1)))
                    .findFirst()
                    .orElse(-1);
        }
    }

    private static List<String> properties(GraphSimulator simulator, Path trust, String url, String user, Path data) {
        int port = simulator.baseUri().getPort();
        return List.of(
                "-Dm365.db.url=" + url,
                "-Dm365.db.user=" + user,
                "-Dm365.data-dir=" + data.toAbsolutePath(),
                "-Dm365.secrets.key=" + Base64.getEncoder().encodeToString(new byte[32]),
                "-Dm365.security.users=it-admin:it-admin-pw:m365-admin",
                "-Dm365.graph.login-url=https://127.0.0.1:" + port,
                "-Dm365.graph.url=https://127.0.0.1:" + port + "/v1.0",
                "-Dm365.tls.trust-store=" + trust.toAbsolutePath(),
                "-Dm365.tls.trust-store-password=changeit",
                "-Dm365.tasks.import.interval=off",
                "-Dm365.tasks.recalculation.interval=off");
    }

    private static long createPortal(PayaraNode node, Tenant tenant, String name) throws Exception {
        return send(node, "portals", TestPortals.forTenant(name, tenant).build().toString())
                .getJsonNumber("id")
                .longValue();
    }

    private static String get(PayaraNode node, String path) throws Exception {
        return get(node, path, "application/json");
    }

    private static String get(PayaraNode node, String path, String accept) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(node.api(path))
                                .header("Authorization", PayaraNode.basic())
                                .header("Accept", accept)
                                .timeout(Duration.ofMinutes(10))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static JsonObject post(PayaraNode node, String path) throws Exception {
        return send(node, path, "");
    }

    private static JsonObject send(PayaraNode node, String path, String body) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(node.api(path))
                                .header("Authorization", PayaraNode.basic())
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofHours(1))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static void recreateDatabase() throws Exception {
        try (Connection server = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS m365_bench WITH (FORCE)");
            sql.execute("CREATE DATABASE m365_bench ENCODING 'UTF8'");
        }
    }
}
