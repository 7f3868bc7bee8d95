package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The change log on each database: a first import is the baseline and records no change; a
 * second after changes in the tenant exactly who gained and lost which licence, who came, went, was
 * disabled or moved department; an incremental one only what its delta round named; a recalculation
 * the licence whose seats changed. Paged, filtered by licence, counted on the run.
 */
class ChangesIT extends DeployedPlugin {

    private PortalImports imports;

    @BeforeEach
    void imports() {
        imports = new PortalImports(client);
    }

    @Test
    void threeImportsRecordExactlyWhatChangedInTheTenant() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(16_001, 200, 4));
        List<SimSku> skus = PortalImports.skus(tenant);
        Map<String, String> partNumbers = new java.util.HashMap<>();
        skus.forEach(sku -> partNumbers.put(sku.skuId(), sku.partNumber()));
        long portalId = imports.createPortal(tenant, "Changes");

        JsonObject first = imports.importOk(portalId);
        // the first import is the portal's baseline: its users held their licences already
        assertThat(first.getJsonObject("figures").getInt("assignmentsCreated")).isPositive();
        assertThat(counts(first)).isEmpty();
        assertThat(changes(first.getJsonNumber("id").longValue(), "")).isEmpty();

        List<SimUser> licensed = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted() && !u.assignments().isEmpty())
                .map(SimUser::snapshot)
                .toList());
        // b keeps a licence besides the one it loses: one who loses the last is gone as well
        SimUser b = licensed.stream()
                .filter(u ->
                        u.assignments().stream().map(h -> h.skuId()).distinct().count() >= 2)
                .findFirst()
                .orElseThrow();
        List<SimUser> others =
                licensed.stream().filter(u -> !u.id().equals(b.id())).toList();
        SimUser a = others.get(0);
        SimUser c = others.stream()
                .skip(1)
                .filter(SimUser::accountEnabled)
                .findFirst()
                .orElseThrow();
        List<SimUser> rest =
                others.stream().skip(1).filter(u -> !u.id().equals(c.id())).toList();
        SimUser d = rest.get(0);
        SimUser e = rest.get(1);
        String x = unheld(a, skus);
        String y = b.assignments().get(0).skuId();
        tenant.assign(a.id(), x, null);
        tenant.unassign(b.id(), y);
        tenant.setAccountEnabled(c.id(), false);
        tenant.renameUser(d.id(), null, "Moved " + d.id().substring(0, 4));
        tenant.deleteUser(e.id());
        SimUser f = tenant.addUser("Fay Fresh", "fay@changes.example", "Sales");
        tenant.assign(f.id(), skus.get(0).skuId(), null);

        JsonObject second = imports.importOk(portalId);

        List<String> expected = new ArrayList<>(List.of(
                "LICENCE_GAINED " + a.id() + " " + partNumbers.get(x) + " null null",
                "LICENCE_GAINED " + f.id() + " " + skus.get(0).partNumber() + " null null",
                "LICENCE_LOST " + b.id() + " " + partNumbers.get(y) + " null null",
                "USER_ADDED " + f.id() + " null null null",
                "USER_REMOVED " + e.id() + " null null null",
                "USER_DISABLED " + c.id() + " null null null",
                "DEPARTMENT_CHANGED " + d.id() + " null " + d.department() + " Moved " + d.id().substring(0, 4)));
        e.assignments().stream()
                .map(held -> held.skuId())
                .distinct()
                .forEach(sku -> expected.add("LICENCE_LOST " + e.id() + " " + partNumbers.get(sku) + " null null"));
        long secondRun = second.getJsonNumber("id").longValue();
        assertThat(changes(secondRun, "").stream().map(ChangesIT::describe).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(counts(second).getInt("LICENCE_LOST"))
                .isEqualTo(1
                        + e.assignments().stream()
                                .map(held -> held.skuId())
                                .distinct()
                                .count());

        List<JsonObject> paged = new ArrayList<>();
        for (int from = 0; from < expected.size(); from += 2) {
            Reply page = client.get("api/task-runs/" + secondRun + "/changes?first=" + from + "&max=2", Login.VIEWER);
            assertThat(page.totalCount()).contains(String.valueOf(expected.size()));
            page.jsonArray().forEach(v -> paged.add(v.asJsonObject()));
        }
        assertThat(paged).isEqualTo(changes(secondRun, ""));
        List<JsonObject> json = changes(secondRun, "");
        PluginClient.Download csv =
                client.download("api/task-runs/" + secondRun + "/changes", "text/csv", "en-GB", Login.VIEWER);
        assertThat(csv.disposition()).contains("run-" + secondRun + "-changes.csv");
        List<List<String>> rows = ExportFiles.csv(csv.text(), ',');
        ExportFiles.csvMatches(rows, json, Map.of(), '.');
        PluginClient.Download xlsx =
                client.download("api/task-runs/" + secondRun + "/changes?format=xlsx", "*/*", null, Login.VIEWER);
        ExportFiles.xlsxMatches(ExportFiles.xlsx(xlsx.body()), rows.get(0), json, Map.of());
        long licenceX =
                imports.licences(portalId).get(x).getJsonNumber("licenceId").longValue();
        assertThat(changes(secondRun, "?licenceId=" + licenceX).stream().map(ChangesIT::describe))
                .containsExactlyInAnyOrderElementsOf(expected.stream()
                        .filter(line -> line.contains(" " + partNumbers.get(x) + " "))
                        .toList());

        SimUser g = rest.get(2);
        String z = unheld(g, skus);
        tenant.assign(g.id(), z, null);
        tenant.unassign(a.id(), x);
        Reply incremental = client.post("api/imports/" + portalId + "?mode=INCREMENTAL", "", Login.ADMIN);
        assertThat(incremental.json().getString("outcome"))
                .as(incremental.body())
                .isEqualTo("SUCCEEDED");
        assertThat(changes(incremental.json().getJsonNumber("id").longValue(), "").stream()
                        .map(ChangesIT::describe))
                .containsExactlyInAnyOrder(
                        "LICENCE_GAINED " + g.id() + " " + partNumbers.get(z) + " null null",
                        "LICENCE_LOST " + a.id() + " " + partNumbers.get(x) + " null null");
        Reply unchanged = client.post("api/imports/" + portalId + "?mode=INCREMENTAL", "", Login.ADMIN);
        assertThat(unchanged.json().getJsonObject("reading").getBoolean("incremental"))
                .as(unchanged.body())
                .isTrue();
        assertThat(changes(unchanged.json().getJsonNumber("id").longValue(), ""))
                .as("a delta round that named nobody changed nothing")
                .isEmpty();

        JsonObject before = imports.licences(portalId).get(skus.get(1).skuId());
        tenant.updateSku(
                skus.get(1).skuId(), before.getJsonObject("seats").getInt("enabled") + 5, null, null, null, null);
        JsonObject fourth = imports.importOk(portalId);
        int ownedAfter = imports.licences(portalId).get(skus.get(1).skuId()).getInt("owned");
        assertThat(ownedAfter).isEqualTo(before.getInt("owned") + 5);
        assertThat(changes(fourth.getJsonNumber("id").longValue(), "").stream()
                        .map(ChangesIT::describe)
                        .filter(line -> line.startsWith("SEATS_CHANGED")))
                .containsExactly("SEATS_CHANGED null " + skus.get(1).partNumber() + " " + before.getInt("owned") + " "
                        + ownedAfter);
        long licence1 = before.getJsonNumber("licenceId").longValue();
        List<JsonObject> recent =
                client.get("api/licences/" + licence1 + "/changes?max=5", Login.VIEWER).jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .toList();
        assertThat(recent.get(0).getString("kind")).isEqualTo("SEATS_CHANGED");
        assertThat(recent)
                .extracting(r -> r.getJsonNumber("runId").longValue())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void unknownRunsAndBadPagesAreRefusedWithWhatToFix() {
        assertThat(client.get("api/task-runs/999999999/changes", Login.VIEWER).status())
                .isEqualTo(404);
        Reply bad = client.get("api/task-runs/1/changes?max=0&licenceId=x", Login.VIEWER);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("'max'").contains("'licenceId'");
        assertThat(client.get("api/licences/999999999/changes", Login.VIEWER).status())
                .isEqualTo(404);
    }

    private static String unheld(SimUser user, List<SimSku> skus) {
        Predicate<String> held =
                sku -> user.assignments().stream().anyMatch(h -> h.skuId().equals(sku));
        return skus.stream()
                .map(SimSku::skuId)
                .filter(held.negate())
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject counts(JsonObject run) {
        return run.getJsonObject("changes").getJsonObject("byKind");
    }

    private List<JsonObject> changes(long runId, String query) {
        Reply reply = client.get(
                "api/task-runs/" + runId + "/changes" + (query.isEmpty() ? "?max=1000" : query + "&max=1000"),
                Login.VIEWER);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static String describe(JsonObject change) {
        return change.getString("kind") + " " + change.getString("objectId", "null") + " "
                + change.getString("skuPartNumber", "null") + " " + change.getString("before", "null") + " "
                + change.getString("after", "null");
    }
}
