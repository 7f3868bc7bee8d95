package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.spi.ContactDirectory;
import dev.itam.m365.it.host.HostContactDirectory;
import dev.itam.m365.it.host.HostProbe;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A host application deployed beside the plugin in one Payara Micro, with the plugin's API jar on
 * the server's class path ({@code --addLibs}), uses the API through its java:global EJB names and
 * hears about ended runs through a registered listener; its contact directory (an SPI jar on the
 * server's class path) links the imported contacts to its own.
 */
class HostIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHostApplicationReadsLicencesTriggersARunAndHearsItEnd() throws Exception {
        Path target = Path.of(System.getProperty("it.trust.store")).getParent();
        Path hostWar = target.resolve("host-probe.war");
        ShrinkWrap.create(WebArchive.class, "host-probe.war")
                .addClass(HostProbe.class)
                .as(ZipExporter.class)
                .exportTo(hostWar.toFile(), true);
        Path directoryJar = target.resolve("host-contact-directory.jar");
        ShrinkWrap.create(JavaArchive.class)
                .addClass(HostContactDirectory.class)
                .addAsServiceProvider(ContactDirectory.class, HostContactDirectory.class)
                .as(ZipExporter.class)
                .exportTo(directoryJar.toFile(), true);
        Path data = target.resolve("host-it");
        Files.createDirectories(data);
        List<String> properties = new ArrayList<>(PayaraNode.reachingTheSimulator());
        properties.addAll(List.of(
                "-Dm365.data-dir=" + data.toAbsolutePath(),
                "-Dm365.db.url=jdbc:h2:mem:host-it;DB_CLOSE_DELAY=-1",
                "-Dm365.tasks.import.interval=off",
                "-Dm365.tasks.recalculation.interval=off"));
        List<String> options = new ArrayList<>(List.of(
                "--deploy",
                hostWar.toString(),
                "--addLibs",
                System.getProperty("it.api.jar") + java.io.File.pathSeparator + directoryJar));
        try (PayaraNode node = PayaraNode.start(
                "host-it", PayaraNode.freePort(), properties, options, target.resolve("host-it.log"))) {
            node.awaitReady(Duration.ofMinutes(3));
            Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(4_242, 50, 5));
            long portalId = node.createPortal("Host", tenant);
            assertThat(probe(node, "listen-lifecycle")).isEqualTo("listening");
            assertThat(post(node, "imports/" + portalId).statusCode()).isEqualTo(200);
            String coming = probe(node, "coming");
            assertThat(coming)
                    .as("the tenant's trial ends and its warning SKU leaves its grace period within 30 days")
                    .contains(" TRIAL_END ", " GRACE_PERIOD_END ");
            assertThat(probe(node, "alerts")).isEqualTo(coming);
            assertThat(post(node, "imports/" + portalId).statusCode()).isEqualTo(200);
            assertThat(probe(node, "alerts"))
                    .as("alerted once, not at every import")
                    .isEqualTo(coming);

            assertThat(probe(node, "listen")).isEqualTo("listening");
            assertThat(probe(node, "recalculate")).startsWith("SUCCEEDED ");
            assertThat(probe(node, "licences")).isEqualTo("5");
            assertThat(probe(node, "heard")).isEqualTo("1 RECALCULATION HOST");

            assertThat(post(node, "tasks/recalculation").statusCode()).isEqualTo(200);
            assertThat(probe(node, "heard")).isEqualTo("2 RECALCULATION ADMIN");
            assertThat(get(node, "audit?action=RECALCULATION_STARTED").asJsonArray().stream()
                            .map(JsonValue::asJsonObject)
                            .map(entry -> entry.getString("actorKind") + " " + entry.getString("actor", "-"))
                            .toList())
                    .as("newest first: the admin's run, then the host's, which has no user name")
                    .containsExactly("USER it-admin", "HOST -");

            assertThat(probe(node, "listen-credentials")).isEqualTo("listening");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            JsonObject expiring =
                    expiringOn(TestPortals.forTenant("Expiring", tenant).build(), today.plusDays(20));
            long expiringId = node.createPortal(expiring);
            assertThat(post(node, "imports/" + expiringId).statusCode()).isEqualTo(200);
            assertThat(post(node, "imports/" + expiringId).statusCode()).isEqualTo(200);
            assertThat(probe(node, "credential-warnings"))
                    .as("the 30-day threshold once, however many imports see it")
                    .isEqualTo("Expiring 30 20");
            JsonObject corrected = Json.createObjectBuilder(expiringOn(expiring, today.plusDays(5)))
                    .add("excludedSkuIds", Json.createArrayBuilder())
                    .build();
            assertThat(put(node, "portals/" + expiringId, corrected).statusCode())
                    .isEqualTo(200);
            assertThat(post(node, "imports/" + expiringId).statusCode()).isEqualTo(200);
            assertThat(post(node, "imports/" + expiringId).statusCode()).isEqualTo(200);
            assertThat(probe(node, "credential-warnings")).isEqualTo("Expiring 30 20\nExpiring 7 5");
            assertThat(probe(node, "heard")).isEqualTo("6 IMPORT ADMIN");

            JsonArray licences = get(node, "licences").asJsonArray();
            JsonObject used = licences.stream()
                    .map(JsonValue::asJsonObject)
                    .filter(l -> l.getInt("consumed") > 0)
                    .findFirst()
                    .orElseThrow();
            JsonArray consumers = get(
                            node, "licences/" + used.getJsonNumber("licenceId").longValue() + "/consumers")
                    .asJsonArray();
            assertThat(consumers)
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.asJsonObject().getString("hostContactId"))
                            .isEqualTo("host:" + c.asJsonObject().getString("userPrincipalName")));
        }
    }

    private static JsonObject expiringOn(JsonObject draft, LocalDate day) {
        return Json.createObjectBuilder(draft)
                .add(
                        "credential",
                        Json.createObjectBuilder(draft.getJsonObject("credential"))
                                .add("secretExpiresOn", day.toString()))
                .build();
    }

    private HttpResponse<String> put(PayaraNode node, String path, JsonObject body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(node.api(path))
                        .header("Authorization", PayaraNode.basic())
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String probe(PayaraNode node, String action) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(node.url("host-probe/probe?action=" + action))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private JsonStructure get(PayaraNode node, String path) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(node.api(path))
                        .header("Authorization", PayaraNode.basic())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).read();
    }

    private HttpResponse<String> post(PayaraNode node, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(node.api(path))
                        .header("Authorization", PayaraNode.basic())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
