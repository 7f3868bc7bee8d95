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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The licences' history on each database: a snapshot per recalculation with the figures the
 * licence list showed then, thinned to days and months as it ages without losing a period's last
 * figure or its peak, portals' monthly costs, and the forecast of when seats run out.
 */
class HistoryIT extends DeployedPlugin {

    private PortalImports imports;

    @BeforeEach
    void imports() {
        imports = new PortalImports(client);
    }

    @Test
    void eachImportNowRecordsTheLicencesFiguresAndADayKeepsItsLastWithItsPeak() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(15_001, 150, 4));
        SimSku sku = PortalImports.skus(tenant).get(0);
        long portalId = imports.importedPortal(tenant, "History");
        List<JsonObject> seen = new ArrayList<>();
        seen.add(imports.licences(portalId).get(sku.skuId()));
        long licenceId = seen.get(0).getJsonNumber("licenceId").longValue();

        List<SimUser> without = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted()
                        && u.assignments().stream().noneMatch(a -> a.skuId().equals(sku.skuId())))
                .map(SimUser::snapshot)
                .limit(3)
                .toList());
        without.forEach(u -> tenant.assign(u.id(), sku.skuId(), null));
        imports.importOk(portalId);
        seen.add(imports.licences(portalId).get(sku.skuId()));
        List<SimUser> holders = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted()
                        && u.assignments().stream().anyMatch(a -> a.skuId().equals(sku.skuId()) && a.groupId() == null))
                .map(SimUser::snapshot)
                .limit(5)
                .toList());
        holders.forEach(u -> tenant.unassign(u.id(), sku.skuId()));
        imports.importOk(portalId);
        seen.add(imports.licences(portalId).get(sku.skuId()));

        List<JsonObject> runs = history(licenceId, "?granularity=RUN");
        assertThat(runs)
                .extracting(HistoryIT::figures)
                .containsExactlyElementsOf(seen.stream().map(HistoryIT::figures).toList());
        int first = seen.get(0).getInt("consumed");
        assertThat(seen).extracting(l -> l.getInt("consumed")).containsExactly(first, first + 3, first - 2);
        List<JsonObject> days = history(licenceId, "");
        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.getInt("consumed")).isEqualTo(first - 2);
            assertThat(day.getInt("peakConsumed")).isEqualTo(first + 3);
            assertThat(day.getString("at")).isEqualTo(runs.get(2).getString("at"));
        });
        assertThat(history(licenceId, "?granularity=MONTH"))
                .singleElement()
                .satisfies(month -> assertThat(month.getInt("peakConsumed")).isEqualTo(first + 3));
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(history(licenceId, "?from=" + tomorrow)).isEmpty();
    }

    /**
     * Snapshots older than 30 days become the last of their day, older than a year the last of their
     * month, both keeping the period's peak; older than two years they go. The history roll-up task
     * thins them, not the recalculation, and counts what it removed; the month's figure is the one
     * of its last day.
     */
    @Test
    void thinningKeepsEachPeriodsLastFigureAndItsPeakAndDropsWhatIsTooOld() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(15_002, 60, 3));
        long portalId = imports.importedPortal(tenant, "Thinned");
        long licenceId = imports.licences(portalId)
                .get(PortalImports.skus(tenant).get(0).skuId())
                .getJsonNumber("licenceId")
                .longValue();
        LocalDate month = LocalDate.now(ZoneOffset.UTC).minusMonths(14).withDayOfMonth(1);
        insert(licenceId, portalId, month.atTime(10, 0).toInstant(ZoneOffset.UTC), 10);
        insert(licenceId, portalId, month.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC), 30);
        insert(licenceId, portalId, month.plusDays(2).atTime(10, 0).toInstant(ZoneOffset.UTC), 20);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(40);
        insert(licenceId, portalId, day.atTime(8, 0).toInstant(ZoneOffset.UTC), 9);
        insert(licenceId, portalId, day.atTime(18, 0).toInstant(ZoneOffset.UTC), 7);
        insert(licenceId, portalId, Instant.now().minus(800, ChronoUnit.DAYS), 1);

        imports.importOk(portalId);
        assertThat(rows(licenceId)).hasSize(8);
        int before = allRows();

        JsonObject run =
                client.post("api/tasks/history-rollup", "", Login.ADMIN).json();

        assertThat(run.getString("task")).isEqualTo("HISTORY_ROLLUP");
        assertThat(run.getString("outcome")).isEqualTo("SUCCEEDED");
        assertThat(run.getJsonObject("figures").getInt("snapshotsRemoved"))
                .isGreaterThanOrEqualTo(4)
                .isEqualTo(before - allRows());
        assertThat(rows(licenceId))
                .containsExactly(
                        month.plusDays(2) + " MONTH 20/30",
                        day + " DAY 7/9",
                        LocalDate.now(ZoneOffset.UTC) + " RUN " + consumed(portalId, tenant) + "/"
                                + consumed(portalId, tenant),
                        LocalDate.now(ZoneOffset.UTC) + " RUN " + consumed(portalId, tenant) + "/"
                                + consumed(portalId, tenant));
        List<JsonObject> months = history(
                licenceId,
                "?granularity=MONTH&from=" + month + "&to="
                        + month.plusMonths(1).minusDays(1));
        assertThat(months).singleElement().satisfies(m -> {
            assertThat(m.getInt("consumed")).isEqualTo(20);
            assertThat(m.getInt("peakConsumed")).isEqualTo(30);
        });
    }

    /**
     * Demand that grew by one seat a day for the last 20 days reaches the owned seats as many days
     * after today as seats are left; a licence with one day of figures gets no forecast.
     */
    @Test
    void theForecastFollowsTheLineOfTheLastDaysAndNeedsAWeekOfThem() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(15_003, 300, 3));
        long portalId = imports.importedPortal(tenant, "Forecast");
        Map<String, JsonObject> licences = imports.licences(portalId);
        JsonObject roomy = licences.values().stream()
                .filter(l -> l.getInt("waiting") == 0
                        && l.getInt("consumed") >= 21
                        && l.getInt("owned") - l.getInt("consumed") >= 5)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the tenant has a licence with seats to spare: " + licences));
        long licenceId = roomy.getJsonNumber("licenceId").longValue();
        int owned = roomy.getInt("owned");
        int consumed = roomy.getInt("consumed");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int k = 1; k <= 20; k++) {
            insert(
                    licenceId,
                    portalId,
                    today.minusDays(k).atTime(12, 0).toInstant(ZoneOffset.UTC),
                    consumed - k,
                    owned);
        }

        JsonObject forecast = client.get("api/licences/" + licenceId + "/forecast", Login.VIEWER)
                .json();

        assertThat(forecast.getString("trend")).isEqualTo("RUNS_OUT");
        assertThat(forecast.getInt("days")).isEqualTo(21);
        assertThat(LocalDate.parse(forecast.getString("fullOn")))
                .isBetween(today.plusDays(owned - consumed - 1), today.plusDays(owned - consumed + 1));
        assertThat(forecast.getJsonNumber("seatsPerDay").doubleValue()).isBetween(0.99, 1.01);
        assertThat(forecast.getString("method")).contains("Least squares");
        long other = licences.values().stream()
                .mapToLong(l -> l.getJsonNumber("licenceId").longValue())
                .filter(id -> id != licenceId)
                .findFirst()
                .orElseThrow();
        JsonObject none =
                client.get("api/licences/" + other + "/forecast", Login.VIEWER).json();
        assertThat(none.getString("trend")).isEqualTo("NOT_ENOUGH_DATA");
        assertThat(none.containsKey("fullOn")).isFalse();
    }

    @Test
    void aPortalsMonthsAddUpItsPricedLicencesCostsPerCurrency() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(15_004, 80, 3));
        long portalId = imports.importedPortal(tenant, "Costs");
        JsonObject licence =
                imports.licences(portalId).get(PortalImports.skus(tenant).get(0).skuId());
        long licenceId = licence.getJsonNumber("licenceId").longValue();
        Reply priced = client.put(
                "api/licences/" + licenceId + "/price",
                "{\"amount\": 12.50, \"currency\": \"EUR\", \"period\": \"MONTH\"}",
                Login.ADMIN);
        assertThat(priced.status()).as(priced.body()).isEqualTo(200);
        imports.importOk(portalId);

        List<JsonObject> months = client.get("api/portals/" + portalId + "/history", Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();

        int owned = imports.licences(portalId)
                .get(PortalImports.skus(tenant).get(0).skuId())
                .getInt("owned");
        assertThat(months).singleElement().satisfies(m -> {
            assertThat(m.getString("month"))
                    .isEqualTo(LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString());
            JsonObject eur = m.getJsonArray("costs").getJsonObject(0);
            assertThat(eur.getString("currency")).isEqualTo("EUR");
            assertThat(eur.getInt("licences")).isEqualTo(1);
            assertThat(new BigDecimal(eur.getJsonNumber("owned").toString()))
                    .isEqualByComparingTo(new BigDecimal("12.50").multiply(BigDecimal.valueOf(owned)));
        });
    }

    @Test
    void badQueriesSayWhatToFixAndUnknownItemsAre404() {
        Reply bad = client.get("api/licences/1/history?from=yesterday&granularity=WEEK", Login.VIEWER);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("YYYY-MM-DD").contains("RUN, DAY, MONTH");
        Reply backwards = client.get("api/licences/1/history?from=2026-02-01&to=2026-01-01", Login.VIEWER);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(client.get("api/licences/999999999/history", Login.VIEWER).status())
                .isEqualTo(404);
        assertThat(client.get("api/licences/999999999/forecast", Login.VIEWER).status())
                .isEqualTo(404);
        assertThat(client.get("api/portals/999999999/history", Login.VIEWER).status())
                .isEqualTo(404);
    }

    private int consumed(long portalId, Tenant tenant) {
        return imports.licences(portalId)
                .get(PortalImports.skus(tenant).get(0).skuId())
                .getInt("consumed");
    }

    private List<JsonObject> history(long licenceId, String query) {
        Reply reply = client.get("api/licences/" + licenceId + "/history" + query, Login.VIEWER);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static String figures(JsonObject licence) {
        return licence.getInt("owned") + "/" + licence.getInt("consumed") + "/" + licence.getInt("available") + "/"
                + licence.getInt("waiting") + "/" + licence.getInt("reclaimable") + "/" + licence.getString("status");
    }

    private static void insert(long licenceId, long portalId, Instant at, int consumed) throws Exception {
        insert(licenceId, portalId, at, consumed, 50);
    }

    private static void insert(long licenceId, long portalId, Instant at, int consumed, int owned) throws Exception {
        try (Connection db = ItDatabase.connect();
                PreparedStatement insert = db.prepareStatement("INSERT INTO M365_LICENCE_HISTORY (LICENCE_ID,"
                        + " PORTAL_ID, TAKEN_AT, GRANULARITY, OWNED, CONSUMED, PEAK_CONSUMED, AVAILABLE, WAITING,"
                        + " RECLAIMABLE, STATUS) VALUES (?, ?, ?, 'RUN', ?, ?, ?, ?, 0, 0, 'OVER_LICENSED')")) {
            insert.setLong(1, licenceId);
            insert.setLong(2, portalId);
            insert.setTimestamp(3, Timestamp.from(at));
            insert.setInt(4, owned);
            insert.setInt(5, consumed);
            insert.setInt(6, consumed);
            insert.setInt(7, owned - consumed);
            insert.executeUpdate();
        }
    }

    /** The licence's stored snapshots as "day GRANULARITY consumed/peak", oldest first. */
    private static int allRows() throws Exception {
        try (Connection db = ItDatabase.connect();
                PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM M365_LICENCE_HISTORY");
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

    private static List<String> rows(long licenceId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = ItDatabase.connect();
                PreparedStatement select = db.prepareStatement("SELECT TAKEN_AT, GRANULARITY, CONSUMED, PEAK_CONSUMED"
                        + " FROM M365_LICENCE_HISTORY WHERE LICENCE_ID = ? ORDER BY TAKEN_AT")) {
            select.setLong(1, licenceId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(LocalDate.ofInstant(result.getTimestamp(1).toInstant(), ZoneOffset.UTC) + " "
                            + result.getString(2) + " " + result.getInt(3) + "/" + result.getInt(4));
                }
            }
        }
        return rows;
    }
}
