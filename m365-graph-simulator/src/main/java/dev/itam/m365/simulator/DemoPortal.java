package dev.itam.m365.simulator;

import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantGenerator;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * Sets up the demo: connects the plugin (through its REST API) to the simulator's demo tenant as a
 * portal, unless one exists already, and runs "Recalculate completely" so the pages show data.
 * The tenant is regenerated from the same seed and size as the running simulator's, which makes
 * the app's credentials known without asking the simulator. With 50 users or more a generated tenant
 * shows what reclaiming licences looks for (see {@code TenantGenerator}): a guest with a paid licence,
 * inactive users, users who never signed in, users active only through non-interactive sign-ins, a
 * group licence that found no seat (CountViolation) and users holding a licence twice over.
 *
 * <p>{@code java -cp m365-graph-simulator.jar dev.itam.m365.simulator.DemoPortal <plugin URL> <user>
 * <password> <seed> <users> <skus>}
 */
public final class DemoPortal {

    /**
     * The simulator's demo secrets do not expire, but the portal says its secret does in 25 days, so
     * the demo shows the credential warnings.
     */
    private static final int SECRET_DAYS_LEFT = 25;

    private DemoPortal() {}

    public static void main(String[] args) throws Exception {
        URI plugin = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String login = "Basic "
                + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        Tenant tenant = TenantGenerator.generate(
                TenantSpec.of(Long.parseLong(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5])));
        AppRegistration app = tenant.apps().iterator().next();
        HttpClient http = HttpClient.newHttpClient();

        String name = tenant.displayName() + " demo";
        LocalDate expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(SECRET_DAYS_LEFT);
        String portals =
                send(http, HttpRequest.newBuilder(plugin.resolve("api/portals")).header("Authorization", login));
        if (!portals.contains("\"" + name + "\"")) {
            send(
                    http,
                    HttpRequest.newBuilder(plugin.resolve("api/portals"))
                            .header("Authorization", login)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                    .add("name", name)
                                    .add("description", "The Graph simulator's demo tenant")
                                    .add("tenantId", tenant.id())
                                    .add("clientId", app.clientId())
                                    .add(
                                            "credential",
                                            Json.createObjectBuilder()
                                                    .add("type", "CLIENT_SECRET")
                                                    .add(
                                                            "secretId",
                                                            app.firstSecret().secretId())
                                                    .add(
                                                            "secretValue",
                                                            app.firstSecret().value())
                                                    .add("secretExpiresOn", expiresOn.toString()))
                                    .build()
                                    .toString())));
            JsonObject run = json(send(
                    http,
                    HttpRequest.newBuilder(plugin.resolve("api/tasks/full-recalculation"))
                            .header("Authorization", login)
                            .POST(HttpRequest.BodyPublishers.noBody())));
            awaitEnd(http, plugin, login, run.getJsonNumber("id").longValue());
        }
        System.out.println("  Demo tenant   " + tenant.id() + " (" + tenant.domain() + ")");
        System.out.println("  Demo app      client id " + app.clientId());
        System.out.println("                secret id " + app.firstSecret().secretId());
        System.out.println("                secret    " + app.firstSecret().value());
        System.out.println(
                "                expires on " + expiresOn + " (as the demo portal says; the simulator's never does)");
    }

    private static void awaitEnd(HttpClient http, URI plugin, String login, long runId)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            String runs = send(
                    http,
                    HttpRequest.newBuilder(plugin.resolve("api/task-runs?limit=20"))
                            .header("Authorization", login));
            boolean running = Json.createReader(new StringReader(runs)).readArray().stream()
                    .map(v -> v.asJsonObject())
                    .anyMatch(r -> r.getJsonNumber("id").longValue() == runId
                            && r.getString("outcome").equals("RUNNING"));
            if (!running) {
                return;
            }
            Thread.sleep(500);
        }
    }

    private static String send(HttpClient http, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
