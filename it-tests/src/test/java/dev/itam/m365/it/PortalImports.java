package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.Tenant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A simulated tenant connected as a portal and imported through the REST API, and what it imported. */
final class PortalImports {

    private final PluginClient client;

    PortalImports(PluginClient client) {
        this.client = client;
    }

    static List<SimSku> skus(Tenant tenant) {
        return tenant.read(t -> List.copyOf(t.skus()));
    }

    long createPortal(Tenant tenant, String name) {
        Reply created = client.post(
                "api/portals",
                TestPortals.forTenant(name + " " + System.nanoTime(), tenant)
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    long importedPortal(Tenant tenant, String name) {
        long portalId = createPortal(tenant, name);
        importOk(portalId);
        return portalId;
    }

    /** Imports and recalculates the portal as one run ("Import now"). */
    JsonObject importOk(long portalId) {
        Reply run = client.post("api/imports/" + portalId + "?recalculate=true", "", Login.ADMIN);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().getString("outcome")).as(run.body()).isEqualTo("SUCCEEDED");
        return run.json();
    }

    /** Waits for a run started in the background (a full recalculation) to end, and returns it. */
    JsonObject awaitEnd(long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = client.get("api/task-runs?limit=50", Login.VIEWER).jsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(r -> r.getJsonNumber("id").longValue() == runId)
                    .findFirst()
                    .orElseThrow();
            if (!run.getString("outcome").equals("RUNNING")) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Run " + runId + " did not end");
    }

    /** The portal's licences by SKU id; the REST API leaves out the portal of a deleted one. */
    Map<String, JsonObject> licences(long portalId) {
        Reply licences = client.get("api/licences", Login.VIEWER);
        assertThat(licences.status()).isEqualTo(200);
        return licences.jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.containsKey("portalId")
                        && !l.isNull("portalId")
                        && l.getJsonNumber("portalId").longValue() == portalId)
                .collect(Collectors.toMap(l -> l.getString("skuId"), Function.identity()));
    }
}
