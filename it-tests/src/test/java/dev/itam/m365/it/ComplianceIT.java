package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Compliance, balances and running tasks on demand, against a tenant built to hit every status. */
class ComplianceIT extends DeployedPlugin {

    private long portal(Tenant tenant, String name, Set<String> excluded) {
        Reply created = client.post(
                "api/portals",
                TestPortals.forTenant(name, tenant, excluded).build().toString(),
                Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private JsonObject run(String path) {
        Reply run = client.post(path, "", Login.ADMIN);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.json();
    }

    @Test
    void everyStatusAndBalanceFigureByFigure() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(9_001, 300, 4));
        List<SimSku> skus = tenant.read(t -> List.copyOf(t.skus()));
        SimSku compliant = skus.get(0);
        SimSku under = skus.get(1);
        SimSku over = skus.get(2);
        SimSku excluded = skus.get(3);
        tenant.updateSku(compliant.skuId(), compliant.consumed(), 0, 0, 0, "Enabled");
        tenant.updateSku(under.skuId(), under.consumed() - 2, 0, 0, 0, "Enabled");
        tenant.updateSku(over.skuId(), over.consumed() + 3, 0, 0, 0, "Enabled");
        String name = "Compliance " + System.nanoTime();
        long portalId = portal(tenant, name, Set.of());
        run("api/imports/" + portalId);
        AppRegistration app = tenant.apps().iterator().next();
        Reply excludedLater = client.put(
                "api/portals/" + portalId,
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("tenantId", tenant.id())
                        .add("clientId", app.clientId())
                        .add("excludedSkuIds", Json.createArrayBuilder().add(excluded.skuId()))
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(excludedLater.status()).isEqualTo(200);
        run("api/imports/" + portalId);

        JsonObject recalculation = run("api/tasks/recalculation");

        assertThat(recalculation.getString("task")).isEqualTo("RECALCULATION");
        assertThat(recalculation.getString("outcome")).isEqualTo("SUCCEEDED");
        assertThat(recalculation.getJsonObject("figures").getInt("licencesRecalculated"))
                .isGreaterThanOrEqualTo(4);
        Map<String, JsonObject> bySku = client.get("api/licences", Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.getString("source").equals(name))
                .collect(Collectors.toMap(l -> l.getString("skuId"), l -> l));
        assertThat(bySku).hasSize(4);
        assertFigures(bySku.get(compliant.skuId()), compliant.consumed(), compliant.consumed(), "COMPLIANT");
        assertFigures(bySku.get(under.skuId()), under.consumed() - 2, under.consumed(), "UNDER_LICENSED");
        assertFigures(bySku.get(over.skuId()), over.consumed() + 3, over.consumed(), "OVER_LICENSED");
        JsonObject unsynchronised = bySku.get(excluded.skuId());
        assertThat(unsynchronised.getString("status")).isEqualTo("CANNOT_BE_SYNCHRONISED");
        assertThat(unsynchronised.getString("syncProblem")).isEqualTo("SKU_EXCLUDED");
        assertThat(unsynchronised.getInt("consumed")).isEqualTo(excluded.consumed());
        assertThat(bySku.get(compliant.skuId()).getString("productName")).startsWith(name + " ");

        long licenceId = bySku.get(under.skuId()).getJsonNumber("licenceId").longValue();
        List<JsonObject> consumers =
                client.get("api/licences/" + licenceId + "/consumers", Login.VIEWER).jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .toList();
        Set<String> holders = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted())
                .filter(u -> u.assignments().stream().anyMatch(a -> a.skuId().equals(under.skuId())))
                .map(u -> u.id())
                .collect(Collectors.toSet()));
        assertThat(consumers)
                .extracting(c -> c.getString("entraObjectId"))
                .containsExactlyInAnyOrderElementsOf(holders);
        Map<String, String> assignedVia = tenant.read(t -> t.userSlots().stream()
                .filter(u -> holders.contains(u.id()))
                .collect(Collectors.toMap(
                        u -> u.id(),
                        u -> u.assignments().stream()
                                                .filter(a -> a.skuId().equals(under.skuId()))
                                                .findFirst()
                                                .orElseThrow()
                                                .groupId()
                                        == null
                                ? "DIRECT"
                                : "GROUP")));
        assertThat(consumers)
                .allSatisfy(c -> assertThat(c.getString("assignedVia"))
                        .as(c.getString("entraObjectId"))
                        .isEqualTo(assignedVia.get(c.getString("entraObjectId"))));
        assertThat(holders).hasSizeGreaterThan(8);
        Reply page = client.get("api/licences/" + licenceId + "/consumers?first=3&max=5", Login.VIEWER);
        assertThat(page.totalCount()).contains(Integer.toString(holders.size()));
        assertThat(page.jsonArray().stream().map(JsonValue::asJsonObject).toList())
                .isEqualTo(consumers.subList(3, 8));
        Reply badPage = client.get("api/licences/" + licenceId + "/consumers?first=-1&max=0", Login.VIEWER);
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body()).contains("\"field\":\"first\"").contains("\"field\":\"max\"");

        JsonObject balance = client.get("api/balances", Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(b -> b.getString("source").equals(name))
                .findFirst()
                .orElseThrow();
        int owned = bySku.values().stream().mapToInt(l -> l.getInt("owned")).sum();
        int consumed =
                bySku.values().stream().mapToInt(l -> l.getInt("consumed")).sum();
        assertThat(balance.getInt("licences")).isEqualTo(4);
        assertThat(balance.getInt("owned")).isEqualTo(owned);
        assertThat(balance.getInt("consumed")).isEqualTo(consumed);
        assertThat(balance.getInt("available")).isEqualTo(owned - consumed);
    }

    private static void assertFigures(JsonObject licence, int owned, int consumed, String status) {
        assertThat(licence.getInt("owned")).as(licence.toString()).isEqualTo(owned);
        assertThat(licence.getInt("consumed")).as(licence.toString()).isEqualTo(consumed);
        assertThat(licence.getInt("available")).isEqualTo(owned - consumed);
        assertThat(licence.getString("status")).isEqualTo(status);
    }

    @Test
    void movedProductsStayAndOnlyUnsynchronisedOnesCanBeDeleted() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(9_003, 60, 3));
        String name = "Products " + System.nanoTime();
        long portalId = portal(tenant, name, Set.of());
        run("api/imports/" + portalId);
        List<JsonObject> products = client.get("api/products", Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").startsWith(name + " "))
                .toList();
        assertThat(products).hasSize(3).allSatisfy(p -> {
            assertThat(p.getString("folderPath")).isEqualTo("Microsoft 365 / " + name);
            assertThat(p.getString("origin")).isEqualTo("IMPORTED");
            assertThat(p.getString("consumerType")).isEqualTo("MICROSOFT_365");
        });
        JsonObject moved = products.get(0);
        Reply folder = client.post(
                "api/folders",
                Json.createObjectBuilder()
                        .add("name", "Hand-filed " + System.nanoTime())
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(folder.status()).isEqualTo(201);
        long folderId = folder.json().getJsonNumber("id").longValue();
        String productPath = "api/products/" + moved.getJsonNumber("id").longValue();
        Reply move = client.put(
                productPath + "/folder",
                Json.createObjectBuilder().add("folderId", folderId).build().toString(),
                Login.ADMIN);
        assertThat(move.status()).as(move.body()).isEqualTo(200);
        assertThat(client.put(productPath + "/folder", "{\"folderId\": 1}", Login.VIEWER)
                        .status())
                .isEqualTo(403);
        assertThat(client.put(productPath, "{\"name\": \"edited\"}", Login.ADMIN)
                        .status())
                .isEqualTo(405);

        run("api/imports/" + portalId);
        JsonObject afterImport = client.get("api/products", Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("id").longValue()
                        == moved.getJsonNumber("id").longValue())
                .findFirst()
                .orElseThrow();
        assertThat(afterImport.getJsonNumber("folderId").longValue()).isEqualTo(folderId);

        Reply reserved = client.post(
                "api/products",
                Json.createObjectBuilder()
                        .add("name", "By hand")
                        .add("folderId", folderId)
                        .add("consumerType", "MICROSOFT_365")
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(reserved.status()).isEqualTo(400);
        assertThat(reserved.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("consumerType");
        Reply unknown = client.post(
                "api/products",
                Json.createObjectBuilder()
                        .add("name", "By hand")
                        .add("folderId", folderId)
                        .add("consumerType", "SERVER")
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(unknown.status()).isEqualTo(400);
        JsonObject unknownType = unknown.json().getJsonArray("errors").getJsonObject(0);
        assertThat(unknownType.getString("field")).isEqualTo("consumerType");
        assertThat(unknownType.getString("message"))
                .contains("'SERVER' is no consumer type")
                .contains("USER or DEVICE");
        Reply byHand = client.post(
                "api/products",
                Json.createObjectBuilder()
                        .add("name", "By hand")
                        .add("folderId", folderId)
                        .add("consumerType", "USER")
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(byHand.status()).as(byHand.body()).isEqualTo(201);
        assertThat(byHand.json().getString("origin")).isEqualTo("MANUAL");
        assertThat(client.delete(
                                "api/products/"
                                        + byHand.json().getJsonNumber("id").longValue(),
                                Login.ADMIN)
                        .status())
                .isEqualTo(204);

        Reply refused = client.delete(productPath, Login.ADMIN);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("still synchronised");
        tenant.removeSku(tenant.read(t -> t.skus().iterator().next().skuId()));
        run("api/imports/" + portalId);
        JsonObject gone = client.get("api/products", Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("syncStatus").equals("CANNOT_BE_SYNCHRONISED")
                        && p.getString("name").startsWith(name))
                .findFirst()
                .orElseThrow();
        assertThat(client.delete("api/products/" + gone.getJsonNumber("id").longValue(), Login.ADMIN)
                        .status())
                .isEqualTo(204);
        assertThat(client.get("api/products", Login.VIEWER).jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(p -> p.getString("name").startsWith(name + " ")))
                .hasSize(2);
    }

    /** Folder and product names and the catalogue's texts at their limits are stored on this database as sent. */
    @Test
    void theLongestNamesAndTitlesTheRulesAcceptAreStored() throws Exception {
        String folderName = "\uD83D\uDE00".repeat(96) + System.nanoTime() % 100_000_000;
        Reply folder = client.post(
                "api/folders",
                Json.createObjectBuilder()
                        .addNull("parentId")
                        .add("name", folderName)
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(folder.status()).as(folder.body()).isEqualTo(201);
        assertThat(folder.json().getString("path")).isEqualTo(folderName);
        long folderId = folder.json().getJsonNumber("id").longValue();
        String productName = "\u00e9".repeat(500);
        Reply product = client.post(
                "api/products",
                Json.createObjectBuilder()
                        .add("name", productName)
                        .add("folderId", folderId)
                        .add("consumerType", "DEVICE")
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        assertThat(product.json().getString("name")).isEqualTo(productName);
        Reply tooLong = client.post(
                "api/products",
                Json.createObjectBuilder()
                        .add("name", productName + "e")
                        .add("folderId", folderId)
                        .add("consumerType", "DEVICE")
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("name");

        String header = "Product_Display_Name,String_Id,GUID\r\n";
        String sku = "," + UUID.randomUUID() + "\r\n";
        HttpResponse<String> longest = catalogue(header + "\u00e9".repeat(300) + "," + "P".repeat(200) + sku);
        assertThat(longest.statusCode()).as(longest.body()).isEqualTo(200);
        try (Connection db = ItDatabase.connect();
                Statement sql = db.createStatement();
                ResultSet title = sql.executeQuery("SELECT PART_NUMBER, TITLE FROM M365_SKU_TITLE")) {
            assertThat(title.next()).isTrue();
            assertThat(title.getString(1)).isEqualTo("P".repeat(200));
            assertThat(title.getString(2)).isEqualTo("\u00e9".repeat(300));
        }
        HttpResponse<String> overlong = catalogue(header + "t".repeat(301) + ",P" + sku);
        assertThat(overlong.statusCode()).isEqualTo(400);
        assertThat(overlong.body()).contains("Line 1 has 301 characters in Product_Display_Name");
    }

    private HttpResponse<String> catalogue(String csv) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + deployment.getPort()
                                        + deployment.getPath() + "api/catalogue"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("it-admin:it-admin-pw"
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "text/csv")
                                .PUT(HttpRequest.BodyPublishers.ofString(csv))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A full recalculation imports every portal in one run: each portal's merge must see its own
     * tenant's users only, not those the run staged for the portals imported before it, though
     * their tenants hold the same SKUs.
     */
    @Test
    void aFullRecalculationImportsEachPortalWithItsOwnUsersOnly() throws Exception {
        Tenant first = ItSimulator.get().addTenant(TenantSpec.of(9_011, 300, 5));
        Tenant second = ItSimulator.get().addTenant(TenantSpec.of(9_012, 300, 5));
        long nanos = System.nanoTime();
        long a = portal(first, "Full recalculation A " + nanos, Set.of());
        long b = portal(second, "Full recalculation B " + nanos, Set.of());

        Reply started = client.post("api/tasks/full-recalculation", "", Login.ADMIN);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        new PortalImports(client).awaitEnd(started.json().getJsonNumber("id").longValue());

        assertThat(PortalData.of(a).assignments()).isEqualTo(TenantExpectation.assignments(first, Set.of()));
        assertThat(PortalData.of(b).assignments()).isEqualTo(TenantExpectation.assignments(second, Set.of()));
        assertThat(PortalData.of(a).contacts()).isEqualTo(TenantExpectation.contacts(first, Set.of()));
        assertThat(PortalData.of(b).contacts()).isEqualTo(TenantExpectation.contacts(second, Set.of()));
    }

    @Test
    void concurrentFullRecalculationsStartOneRun() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(9_002, 1_500, 5));
        portal(tenant, "Concurrent " + System.nanoTime(), Set.of());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Reply>> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requests.add(() -> client.post("api/tasks/full-recalculation", "", Login.ADMIN));
        }
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> reply : pool.invokeAll(requests)) {
            replies.add(reply.get());
        }
        pool.shutdown();

        List<Reply> accepted = replies.stream().filter(r -> r.status() == 202).toList();
        assertThat(accepted).hasSize(1);
        assertThat(replies)
                .filteredOn(r -> r.status() == 409)
                .hasSize(5)
                .allSatisfy(r -> assertThat(r.json().getString("detail")).contains("running"));
        long runId = accepted.get(0).json().getJsonNumber("id").longValue();
        assertThat(accepted.get(0).json().getString("outcome")).isEqualTo("RUNNING");

        JsonObject finished = new PortalImports(client).awaitEnd(runId);
        assertThat(finished.getString("task")).isEqualTo("FULL_RECALCULATION");
        assertThat(finished.getJsonObject("figures").getInt("licencesRecalculated"))
                .isPositive();
        assertThat(client.post("api/tasks/full-recalculation", "", Login.ADMIN).status())
                .isEqualTo(202);
        new PortalImports(client)
                .awaitEnd(client.get("api/task-runs?limit=1", Login.VIEWER)
                        .jsonArray()
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertThat(client.post("api/tasks/full-recalculation", "", Login.VIEWER).status())
                .isEqualTo(403);
    }

    @Test
    void theScheduleIsShownAndTheOpenApiDocumentListsEveryEndpoint() throws Exception {
        List<JsonObject> schedule = client.get("api/tasks", Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertThat(schedule)
                .extracting(t -> t.getString("task"))
                .containsExactly("IMPORT", "RECALCULATION", "HISTORY_ROLLUP");
        assertThat(schedule.get(2).getString("interval")).isEqualTo("PT24H");

        URI openapi = URI.create("http://127.0.0.1:" + deployment.getPort() + "/openapi");
        HttpResponse<String> document = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(openapi).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        for (String path : List.of(
                "/api/portals:",
                "/api/portals/{id}:",
                "/api/portals/{id}/connection-test:",
                "/api/portals/connection-test:",
                "/api/portals/{id}/licences:",
                "/api/portals/licences:",
                "/api/imports:",
                "/api/imports/{portalId}:",
                "/api/task-runs:",
                "/api/tasks:",
                "/api/tasks/recalculation:",
                "/api/tasks/full-recalculation:",
                "/api/tasks/history-rollup:",
                "/api/licences:",
                "/api/licences/{id}/consumers:",
                "/api/balances:",
                "/api/catalogue:")) {
            assertThat(document.body()).as(path).contains(path);
        }
    }
}
