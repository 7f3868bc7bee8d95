package dev.itam.m365.it;

import dev.itam.m365.simulator.tenant.Tenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Payara Micro with the plugin, started by a test itself (for several instances on one database). */
final class PayaraNode implements AutoCloseable {

    static final String HEAP = "384m";

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private PayaraNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static PayaraNode start(String name, int port, List<String> systemProperties, Path log) throws IOException {
        return start(name, port, systemProperties, List.of(), log);
    }

    /** @param extraOptions more Payara Micro options, e.g. another {@code --deploy} or {@code --addLibs} */
    static PayaraNode start(String name, int port, List<String> systemProperties, List<String> extraOptions, Path log)
            throws IOException {
        return start(name, port, HEAP, systemProperties, extraOptions, log);
    }

    /** @param heap the server's largest heap, as {@code -Xmx} takes it */
    static PayaraNode start(
            String name, int port, String heap, List<String> systemProperties, List<String> extraOptions, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(systemProperties);
        command.add("-Dm365.instance.name=" + name);
        command.addAll(List.of(
                "-jar",
                System.getProperty("payara.microJar"),
                "--deploy",
                System.getProperty("it.war"),
                "--port",
                Integer.toString(port),
                "--nocluster"));
        command.addAll(extraOptions);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new PayaraNode(name, port, process, log);
    }

    /** A port on loopback that nothing listens on now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    long pid() {
        return process.pid();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + "/" + path);
    }

    URI api(String path) {
        return URI.create("http://127.0.0.1:" + port + "/m365/api/" + path);
    }

    /**
     * Waits until Payara Micro says it has started, which it does once its deployments ended, well
     * or not: for a server whose deployment is expected to fail, where {@link #awaitReady} would wait
     * in vain.
     */
    void awaitStarted(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!(Files.exists(log) && Files.readString(log).contains(") ready in "))) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " did not finish starting within " + timeout + "; see " + log);
            }
            Thread.sleep(500);
        }
    }

    /** Waits until the plugin answers, or fails after the timeout. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up");
            }
            try {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(api("tasks"))
                                .header("Authorization", basic())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not start within " + timeout);
    }

    /**
     * What every instance a test starts itself needs: the test users, the simulator as login and
     * Graph server with its trust store, and a fixed secrets key (instances sharing a database
     * must share it). The caller adds the database, data directory and schedules.
     */
    static List<String> reachingTheSimulator() {
        int port = Integer.parseInt(System.getProperty("it.simulator.port"));
        return List.of(
                "-Dm365.secrets.key=" + Base64.getEncoder().encodeToString(new byte[32]),
                "-Dm365.security.users=it-admin:it-admin-pw:m365-admin",
                "-Dm365.graph.login-url=https://127.0.0.1:" + port,
                "-Dm365.graph.url=https://127.0.0.1:" + port + "/v1.0",
                "-Dm365.tls.trust-store=" + System.getProperty("it.trust.store"),
                "-Dm365.tls.trust-store-password=changeit");
    }

    /** Creates a portal of the simulated tenant through this instance's REST API and returns its id. */
    long createPortal(String name, Tenant tenant) throws IOException, InterruptedException {
        return createPortal(TestPortals.forTenant(name, tenant).build());
    }

    long createPortal(JsonObject draft) throws IOException, InterruptedException {
        String name = draft.getString("name");
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(api("portals"))
                                .header("Authorization", basic())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(draft.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "Creating portal " + name + " answered " + created.statusCode() + ": " + created.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(created.body()))) {
            return reader.readObject().getJsonNumber("id").longValue();
        }
    }

    /** Deletes a portal, waiting out refusals while one of its imports runs. */
    void deletePortal(long portalId) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            HttpResponse<String> deleted = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(api("portals/" + portalId))
                                    .header("Authorization", basic())
                                    .DELETE()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (deleted.statusCode() == 204) {
                return;
            }
            if (deleted.statusCode() != 409) {
                throw new IllegalStateException(
                        "Deleting portal " + portalId + " answered " + deleted.statusCode() + ": " + deleted.body());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Portal " + portalId + " could not be deleted: an import kept running");
    }

    static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("it-admin:it-admin-pw".getBytes());
    }

    /** Kills the JVM at once, like a crashed server: no shutdown, no lease release. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /**
     * Stops the server and waits for it, killing it when it has not stopped within a minute; an
     * interrupted wait keeps the thread's interrupt flag.
     */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
