package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.fault.Endpoint;
import dev.itam.m365.simulator.fault.Fault;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tasks that outlive their lease timeout keep their leases: the kernel renews them on its own clock,
 * so neither a long "Recalculate completely" nor one slow Graph page lets a second task start beside
 * the first, while the recalculation's timer keeps ticking. One Payara Micro on its own H2 database,
 * with a 5-second lease timeout and a recalculation tick every 2 seconds.
 */
class LeaseIT {

    private static final Duration LEASE_TIMEOUT = Duration.ofSeconds(5);
    private static PayaraNode node;
    private static PluginClient client;

    @BeforeAll
    static void startNode() throws Exception {
        Path target = Path.of(System.getProperty("it.trust.store")).getParent();
        Path dataDir = target.resolve("lease-it");
        Files.createDirectories(dataDir);
        List<String> properties = new ArrayList<>(PayaraNode.reachingTheSimulator());
        properties.addAll(List.of(
                "-Dm365.data-dir=" + dataDir,
                "-Dm365.db.url=jdbc:h2:file:" + dataDir.resolve("m365-" + System.nanoTime()),
                "-Dm365.tasks.import.interval=off",
                "-Dm365.tasks.recalculation.interval=PT2S",
                "-Dm365.tasks.recalculation.offset=PT0S",
                "-Dm365.tasks.lease-timeout=" + LEASE_TIMEOUT));
        node = PayaraNode.start("lease-node", 18083, properties, target.resolve("lease-node.log"));
        node.awaitReady(Duration.ofMinutes(3));
        client = new PluginClient(node.url("m365/").toURL());
    }

    @AfterAll
    static void stopNode() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    @AfterEach
    void clearFaults() {
        ItSimulator.get().faults().clear();
    }

    @Test
    void recalculateCompletelyOutlivesTheLeaseTimeoutAndEndsSucceeded() throws Exception {
        long portalId = createPortal("Long recalculation", TenantSpec.of(9_101, 4_000, 3));
        ItSimulator.get().faults().inject(Endpoint.USERS, Fault.delay(2_500), 100);

        Reply started = client.post("api/tasks/full-recalculation", "", Login.ADMIN);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long runId = started.json().getJsonNumber("id").longValue();
        Thread.sleep(LEASE_TIMEOUT.plusSeconds(2).toMillis());

        assertThat(client.post("api/tasks/recalculation", "", Login.ADMIN).status())
                .isEqualTo(409);
        assertThat(client.post("api/tasks/full-recalculation", "", Login.ADMIN).status())
                .isEqualTo(409);
        assertThat(client.post("api/imports/" + portalId, "", Login.ADMIN).status())
                .isEqualTo(409);

        JsonObject run = awaitEnd(runId, Duration.ofMinutes(2));
        assertThat(run.getString("outcome")).isEqualTo("SUCCEEDED");
        assertThat(run.containsKey("errorMessage")).as(run.toString()).isFalse();
        assertThat(run.getJsonObject("figures").getInt("contactsCreated")).isPositive();
        Instant start = Instant.parse(run.getString("startedAt"));
        Instant end = Instant.parse(run.getString("endedAt"));
        assertThat(Duration.between(start, end))
                .as("the run outlived the lease timeout")
                .isGreaterThan(LEASE_TIMEOUT.multipliedBy(2));

        Thread.sleep(4_000);
        List<JsonObject> ticks = scheduledRecalculations();
        assertThat(ticks)
                .as("recalculation ticks during the run")
                .noneMatch(tick -> Instant.parse(tick.getString("startedAt")).isAfter(start)
                        && Instant.parse(tick.getString("startedAt")).isBefore(end));
        assertThat(ticks)
                .as("recalculation ticks after the run")
                .anyMatch(tick -> Instant.parse(tick.getString("startedAt")).isAfter(end)
                        && tick.getString("outcome").equals("SUCCEEDED"));
    }

    @Test
    void aPageSlowerThanTheLeaseTimeoutDoesNotLetASecondImportStart() throws Exception {
        long portalId = createPortal("Slow page", TenantSpec.of(9_102, 2_500, 3));
        ItSimulator.get()
                .faults()
                .inject(
                        Endpoint.USERS,
                        Fault.delay(LEASE_TIMEOUT.multipliedBy(2).toMillis()),
                        1);

        CompletableFuture<Reply> first =
                CompletableFuture.supplyAsync(() -> client.post("api/imports/" + portalId, "", Login.ADMIN));
        Thread.sleep(LEASE_TIMEOUT.plusMillis(1_500).toMillis());
        Reply second = client.post("api/imports/" + portalId, "", Login.ADMIN);
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().getString("detail")).contains("import is running on lease-node");

        Reply firstEnded = first.get();
        assertThat(firstEnded.status()).as(firstEnded.body()).isEqualTo(200);
        assertThat(firstEnded.json().getString("outcome")).isEqualTo("SUCCEEDED");
        assertThat(firstEnded.json().containsKey("errorMessage"))
                .as(firstEnded.body())
                .isFalse();
        assertThat(client.get("api/task-runs?limit=1000", Login.ADMIN)
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .filteredOn(run -> run.getString("task").equals("IMPORT")
                        && run.containsKey("portalId")
                        && run.getJsonNumber("portalId").longValue() == portalId)
                .hasSize(1);
    }

    private static long createPortal(String name, TenantSpec spec) throws Exception {
        return node.createPortal(name, ItSimulator.get().addTenant(spec));
    }

    private static JsonObject awaitEnd(long runId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonObject run =
                    client
                            .get("api/task-runs?limit=1000", Login.ADMIN)
                            .jsonArray()
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(r -> r.getJsonNumber("id").longValue() == runId)
                            .findFirst()
                            .orElseThrow();
            if (!run.getString("outcome").equals("RUNNING")) {
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Run " + runId + " did not end within " + timeout);
    }

    private static List<JsonObject> scheduledRecalculations() {
        return client.get("api/task-runs?limit=1000", Login.ADMIN).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(run -> run.getString("task").equals("RECALCULATION")
                        && run.getString("triggeredBy").equals("SCHEDULE"))
                .toList();
    }
}
