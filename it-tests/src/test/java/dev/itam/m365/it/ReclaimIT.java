package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.tenant.LicenseError;
import dev.itam.m365.simulator.tenant.LicenseState;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reclaim list, failed assignments, prices and costs against generated tenants whose users have
 * every fact a real tenant has: disabled accounts, guests, accounts that never signed in, people
 * inactive for months, people active through non-interactive sign-ins only, a suite beside a licence
 * it contains, and group assignments that failed. Expectations come from the simulator's own users.
 */
class ReclaimIT extends DeployedPlugin {

    private PortalImports imports;

    @BeforeEach
    void imports() {
        imports = new PortalImports(client);
    }

    private static final int SKUS = 10;
    /** The generator's free SKU slot; priced 0 here, so never waste. */
    private static final int FREE = SKUS - 4;

    private static final String GROUP_ID = "5b1e2c7a-0d3f-4a8e-9c61-2f7d8e9a0b1c";

    @Test
    void theReclaimListIsTheTenantsFigureByFigureWithCostsAndCsv() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(13_001, 400, SKUS));
        List<SimSku> skus = PortalImports.skus(tenant);
        long portalId = imports.importedPortal(tenant, "Reclaim");
        Map<String, Long> licenceIds = licenceIds(portalId);
        String free = skus.get(FREE).skuId();
        uploadPrices(skus, free);

        for (int days : new int[] {90, 30}) {
            List<String> expected = ReclaimTruth.rows(tenant, licenceIds, Set.of(free), true, days, Instant.now());
            List<JsonObject> rows = rows(portalId, "&inactiveDays=" + days);
            assertThat(rows.stream().map(ReclaimIT::describe).sorted().toList())
                    .as("inactive after %d days", days)
                    .containsExactlyElementsOf(expected);
        }
        List<String> expected = ReclaimTruth.rows(tenant, licenceIds, Set.of(free), true, 90, Instant.now());
        assertThat(expected.stream().map(row -> row.split(" ")[2]).collect(Collectors.toSet()))
                .as("the tenant has every reason")
                .containsExactlyInAnyOrder("DISABLED", "NEVER_SIGNED_IN", "INACTIVE", "GUEST", "REDUNDANT");

        List<JsonObject> rows = rows(portalId, "");
        JsonObject suiteRow = rows.stream()
                .filter(r -> r.getString("skuPartNumber").equals(skus.get(0).partNumber()))
                .findFirst()
                .orElseThrow();
        assertThat(new BigDecimal(suiteRow.getJsonNumber("monthlyCost").toString()))
                .as("240 EUR a year is 20 EUR a month")
                .isEqualByComparingTo("20.00");
        assertThat(suiteRow.getString("currency")).isEqualTo("EUR");

        JsonObject totals = client.get("api/reclaim/totals?portalId=" + portalId, Login.VIEWER)
                .json();
        Map<String, Integer> perReason = expected.stream()
                .collect(Collectors.groupingBy(row -> row.split(" ")[2], Collectors.summingInt(row -> 1)));
        for (JsonValue value : totals.getJsonArray("byReason")) {
            JsonObject total = value.asJsonObject();
            assertThat(total.getInt("assignments"))
                    .as(total.getString("reason"))
                    .isEqualTo(perReason.getOrDefault(total.getString("reason"), 0));
        }
        Map<String, BigDecimal> assignmentCosts = new HashMap<>();
        expected.stream()
                .map(row -> row.split(" ")[0] + " " + row.split(" ")[1])
                .distinct()
                .forEach(assignment -> assignmentCosts.put(
                        assignment,
                        assignment.endsWith(" " + skus.get(0).partNumber())
                                ? new BigDecimal("20.00")
                                : BigDecimal.TEN));
        assertThat(totals.getInt("assignments")).as("each assignment once").isEqualTo(assignmentCosts.size());
        assertThat(new BigDecimal(totals.getJsonObject("monthlyCosts")
                        .getJsonNumber("EUR")
                        .toString()))
                .isEqualByComparingTo(assignmentCosts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));

        Reply csv = client.get("api/reclaim?portalId=" + portalId, "text/csv", Login.VIEWER);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0))
                .as("UTF-8 with a byte order mark, then the header")
                .startsWith("\uFEFFlicenceId,skuPartNumber,licenceTitle,")
                .contains("userPrincipalName", "reason", "monthlyCost");
        assertThat(lines).hasSize(expected.size() + 1);
        assertThat(csv.body()).as("decimals with a dot").contains(",20.00,EUR", ",10.00,EUR");
        List<String> german = client.download("api/reclaim?portalId=" + portalId, "text/csv", "de-DE", Login.VIEWER)
                .text()
                .lines()
                .toList();
        assertThat(german.get(0)).startsWith("\uFEFFlicenceId;skuPartNumber;licenceTitle;");
        assertThat(german).hasSize(expected.size() + 1);
        assertThat(String.join("\n", german)).as("decimal commas").contains(";20,00;EUR", ";10,00;EUR");

        Reply page = client.get("api/reclaim?portalId=" + portalId + "&first=5&max=10", Login.VIEWER);
        assertThat(page.jsonArray()).hasSize(10);
        assertThat(page.totalCount()).contains(Integer.toString(expected.size()));
    }

    @Test
    void onlyRecentNonInteractiveSignInsKeepAUserActive() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(13_002, 120, SKUS));
        long portalId = imports.importedPortal(tenant, "Non-interactive");
        SimUser user = tenant.read(t -> t.userSlots().stream()
                .filter(u ->
                        !u.deleted() && u.accountEnabled() && !u.assignments().isEmpty())
                .findFirst()
                .orElseThrow());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        tenant.setSignIns(
                user.id(),
                now.minus(Duration.ofDays(200)),
                now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(2)));
        imports.importOk(portalId);
        assertThat(reasonsOf(portalId, user)).doesNotContain("INACTIVE", "NEVER_SIGNED_IN");

        tenant.setSignIns(
                user.id(),
                now.minus(Duration.ofDays(200)),
                now.minus(Duration.ofDays(120)),
                now.minus(Duration.ofDays(120)));
        imports.importOk(portalId);
        assertThat(reasonsOf(portalId, user)).contains("INACTIVE");
        JsonObject row = rows(portalId, "&reason=INACTIVE").stream()
                .filter(r -> r.getString("userPrincipalName").equals(user.userPrincipalName()))
                .findFirst()
                .orElseThrow();
        assertThat(Instant.parse(row.getString("lastSignInAt"))).isEqualTo(now.minus(Duration.ofDays(120)));
    }

    @Test
    void anExemptUserLeavesTheListAndItsTotalsAndOnlyAdminsExempt() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(13_003, 150, SKUS));
        long portalId = imports.importedPortal(tenant, "Exempt");
        List<JsonObject> before = rows(portalId, "");
        JsonObject disabled = before.stream()
                .filter(r -> r.getString("reason").equals("DISABLED"))
                .findFirst()
                .orElseThrow();
        long contactId = disabled.getJsonNumber("contactId").longValue();
        long userRows = before.stream()
                .filter(r -> r.getJsonNumber("contactId").longValue() == contactId)
                .count();
        int assignmentsBefore = totals(portalId).getInt("assignments");
        String note = Json.createObjectBuilder()
                .add("note", "Shared mailbox <b>&</b>")
                .build()
                .toString();

        assertThat(client.put("api/reclaim/exemptions/" + contactId, note, Login.VIEWER)
                        .status())
                .isEqualTo(403);
        Reply exempt = client.put("api/reclaim/exemptions/" + contactId, note, Login.ADMIN);
        assertThat(exempt.status()).as(exempt.body()).isEqualTo(200);

        List<JsonObject> after = rows(portalId, "");
        assertThat(after).hasSize(before.size() - (int) userRows);
        assertThat(after).noneMatch(r -> r.getJsonNumber("contactId").longValue() == contactId);
        assertThat(totals(portalId).getInt("assignments")).isLessThan(assignmentsBefore);
        assertThat(rows(portalId, "&exempt=true"))
                .hasSize((int) userRows)
                .allMatch(r -> r.getJsonNumber("contactId").longValue() == contactId);
        JsonObject listed = client.get("api/reclaim/exemptions", Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("contactId").longValue() == contactId)
                .findFirst()
                .orElseThrow();
        assertThat(listed.getString("note")).isEqualTo("Shared mailbox <b>&</b>");

        Reply empty = client.put("api/reclaim/exemptions/" + contactId, "{\"note\": \"\"}", Login.ADMIN);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("note");

        assertThat(client.delete("api/reclaim/exemptions/" + contactId, Login.ADMIN)
                        .status())
                .isEqualTo(204);
        assertThat(rows(portalId, "")).hasSize(before.size());
    }

    @Test
    void aTenantWithoutPremiumImportsWithoutSignInsAndSaysWhatTheListCannotShow() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(13_004, 150, SKUS));
        tenant.setPremium(false);
        long portalId = imports.importedPortal(tenant, "No premium");
        String free = PortalImports.skus(tenant).get(FREE).skuId();
        uploadPrices(PortalImports.skus(tenant), free);

        JsonObject portal = client.get("api/portals/" + portalId, Login.VIEWER).json();
        assertThat(portal.getString("signInActivity")).isEqualTo("NOT_PREMIUM");
        assertThat(portal.getString("importNotice")).contains("Entra ID P1", "inactive");
        Map<String, Long> licenceIds = licenceIds(portalId);
        assertThat(rows(portalId, "").stream().map(ReclaimIT::describe).sorted().toList())
                .as("disabled, guests and redundant licences only")
                .containsExactlyElementsOf(
                        ReclaimTruth.rows(tenant, licenceIds, Set.of(free), false, 90, Instant.now()));
        assertThat(rows(portalId, "&reason=INACTIVE")).isEmpty();
    }

    @Test
    void failedGroupAssignmentsAreCountedAndWaitingUsersMakeAFullSkuUnderLicensed() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(13_005, 300, SKUS));
        long portalId = imports.importedPortal(tenant, "Failed assignments");
        Map<String, Map<String, Integer>> failed = ReclaimTruth.failedAssignments(tenant);
        Map<String, Integer> waiting = ReclaimTruth.waiting(tenant);
        assertThat(waiting).as("the generator makes some SKUs full").isNotEmpty();

        Map<String, JsonObject> licences = imports.licences(portalId);
        for (SimSku sku : PortalImports.skus(tenant)) {
            JsonObject licence = licences.get(sku.skuId());
            Map<String, Integer> counted = licence.getJsonObject("failedAssignments").entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> ((JsonNumber) e.getValue()).intValue()));
            assertThat(counted).as(sku.partNumber()).isEqualTo(failed.getOrDefault(sku.skuId(), Map.of()));
            assertThat(licence.getInt("waiting")).as(sku.partNumber()).isEqualTo(waiting.getOrDefault(sku.skuId(), 0));
        }
        SimSku exact = PortalImports.skus(tenant).stream()
                .filter(sku -> "Enabled".equals(sku.capabilityStatus())
                        && sku.enabled() > 0
                        && sku.enabled() + sku.warning() == sku.consumed()
                        && !waiting.containsKey(sku.skuId()))
                .findFirst()
                .orElseThrow();
        assertThat(licences.get(exact.skuId()).getString("status")).isEqualTo("COMPLIANT");
        SimUser outside = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted()
                        && u.assignments().stream().noneMatch(a -> a.skuId().equals(exact.skuId())))
                .findFirst()
                .orElseThrow());
        tenant.addFailedAssignment(
                outside.id(), exact.skuId(), GROUP_ID, LicenseState.ERROR, LicenseError.COUNT_VIOLATION);
        imports.importOk(portalId);
        JsonObject full = imports.licences(portalId).get(exact.skuId());
        assertThat(full.getInt("waiting")).isEqualTo(1);
        assertThat(full.getInt("consumed")).isEqualTo(full.getInt("owned"));
        assertThat(full.getString("status")).as("consumed + waiting > owned").isEqualTo("UNDER_LICENSED");

        Reply errors = client.get(
                "api/licences/" + full.getJsonNumber("licenceId").longValue() + "/assignment-errors", Login.VIEWER);
        assertThat(errors.status()).isEqualTo(200);
        List<String> expectedErrors = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted())
                .flatMap(u -> u.assignmentStates().stream()
                        .filter(state -> state.skuId().equals(exact.skuId()) && state.error() != LicenseError.NONE)
                        .map(state -> u.userPrincipalName() + " " + (state.groupId() == null ? "-" : state.groupId())
                                + " " + state.state().name() + " "
                                + state.error().name()))
                .sorted()
                .toList());
        assertThat(expectedErrors).contains(outside.userPrincipalName() + " " + GROUP_ID + " ERROR COUNT_VIOLATION");
        assertThat(errors.jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .map(e -> e.getString("userPrincipalName") + " "
                                + (e.containsKey("groupId") ? e.getString("groupId") : "-") + " "
                                + e.getString("state") + " " + e.getString("error"))
                        .sorted()
                        .toList())
                .containsExactlyElementsOf(expectedErrors);
    }

    @Test
    void pricesAreCheckedLineByLineAndNothingIsStoredWhenOneIsBroken() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(13_006, 60, 5));
        long portalId = imports.importedPortal(tenant, "Prices");
        List<SimSku> skus = PortalImports.skus(tenant);
        long licenceId = licenceIds(portalId).get(skus.get(0).skuId());

        String broken = "skuPartNumber,amount,currency,period\n"
                + skus.get(0).partNumber() + ",12.50,EUR,MONTH\n"
                + skus.get(1).partNumber() + ",-3,EUR,MONTH\n"
                + skus.get(2).partNumber() + ",7,XYZ,MONTH\n"
                + "NO_SUCH_SKU,7,EUR,YEAR\n";
        Reply refused = client.put("api/prices", broken, "text/csv", Login.ADMIN);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("line 3", "line 4", "line 5").doesNotContain("line 2");
        assertThat(client.get("api/licences/" + licenceId + "/price", Login.VIEWER)
                        .json()
                        .containsKey("price"))
                .as("nothing stored")
                .isFalse();

        assertThat(client.put("api/prices", broken, "text/csv", Login.VIEWER).status())
                .isEqualTo(403);
        Reply negative = client.put(
                "api/licences/" + licenceId + "/price",
                "{\"amount\": -1, \"currency\": \"EUR\", \"period\": \"MONTH\"}",
                Login.ADMIN);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("amount");

        Reply set = client.put(
                "api/licences/" + licenceId + "/price",
                "{\"amount\": 12.50, \"currency\": \"eur\", \"period\": \"MONTH\"}",
                Login.ADMIN);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonObject licence = imports.licences(portalId).get(skus.get(0).skuId());
        assertThat(licence.getJsonObject("price").getString("currency")).isEqualTo("EUR");
        JsonObject costs = licence.getJsonObject("monthlyCosts");
        int owned = licence.getInt("owned");
        assertThat(new BigDecimal(costs.getJsonNumber("owned").toString()))
                .isEqualByComparingTo(new BigDecimal("12.50").multiply(BigDecimal.valueOf(owned)));
        assertThat(new BigDecimal(costs.getJsonNumber("unused").toString()))
                .isEqualByComparingTo(new BigDecimal("12.50")
                        .multiply(BigDecimal.valueOf(Math.max(0, owned - licence.getInt("consumed")))));

        JsonObject portalCosts = client.get("api/costs", Login.VIEWER).json().getJsonArray("portals").stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("portalId").longValue() == portalId)
                .findFirst()
                .orElseThrow();
        JsonObject euro = portalCosts.getJsonArray("costs").getJsonObject(0);
        assertThat(euro.getString("currency")).isEqualTo("EUR");
        assertThat(new BigDecimal(euro.getJsonNumber("owned").toString()))
                .isEqualByComparingTo(
                        new BigDecimal(costs.getJsonNumber("owned").toString()));
    }

    /** Every SKU 10 EUR a month, the first 240 EUR a year, and {@code free} nothing. */
    private void uploadPrices(List<SimSku> skus, String free) {
        StringBuilder csv = new StringBuilder("skuPartNumber,amount,currency,period\n");
        for (int i = 0; i < skus.size(); i++) {
            SimSku sku = skus.get(i);
            String price = i == 0 ? "240,EUR,YEAR" : sku.skuId().equals(free) ? "0,EUR,MONTH" : "10.00,EUR,MONTH";
            csv.append(sku.skuId()).append(',').append(price).append('\n');
        }
        Reply uploaded = client.put("api/prices", csv.toString(), "text/csv", Login.ADMIN);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
    }

    private List<String> reasonsOf(long portalId, SimUser user) {
        return rows(portalId, "").stream()
                .filter(r -> r.getString("userPrincipalName").equals(user.userPrincipalName()))
                .map(r -> r.getString("reason"))
                .toList();
    }

    private List<JsonObject> rows(long portalId, String query) {
        Reply rows = client.get("api/reclaim?portalId=" + portalId + query, Login.VIEWER);
        assertThat(rows.status()).as(rows.body()).isEqualTo(200);
        return rows.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private JsonObject totals(long portalId) {
        Reply totals = client.get("api/reclaim/totals?portalId=" + portalId, Login.VIEWER);
        assertThat(totals.status()).as(totals.body()).isEqualTo(200);
        return totals.json();
    }

    private static String describe(JsonObject row) {
        return row.getString("userPrincipalName") + " " + row.getString("skuPartNumber") + " "
                + row.getString("reason") + " " + row.getString("assignedVia") + " "
                + (row.containsKey("groupId") ? row.getString("groupId") : "-");
    }

    private Map<String, Long> licenceIds(long portalId) {
        return imports.licences(portalId).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().getJsonNumber("licenceId").longValue()));
    }
}
