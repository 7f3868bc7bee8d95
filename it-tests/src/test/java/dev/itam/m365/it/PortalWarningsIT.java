package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a portal warns of on each database: its credential within 60, 30 or 7 days of expiring or
 * past it, with what to do, and figures stale once no import succeeded for longer than {@code
 * m365.portals.stale-after} (ten hours here, where the import schedule is off). Time passes by moving the stored dates back, as the days would.
 */
class PortalWarningsIT extends DeployedPlugin {

    private PortalImports imports;

    @BeforeEach
    void imports() {
        imports = new PortalImports(client);
    }

    @Test
    void aCredentialWarnsAtEachThresholdAndOnceExpiredSaysWhatToDo() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(16_701, 20, 2));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long portalId = createPortal(tenant, "Expiring", today.plusDays(61));

        JsonObject far = portal(portalId);
        assertThat(far.getJsonObject("credential").getInt("expiresInDays")).isEqualTo(61);
        assertThat(far.getJsonArray("warnings")).isEmpty();

        LocalDate in20 = today.plusDays(20);
        expireOn(portalId, in20);
        JsonObject soon = portal(portalId);
        assertThat(soon.getJsonObject("credential").getInt("expiresInDays")).isEqualTo(20);
        assertThat(soon.getJsonArray("warnings")).singleElement().satisfies(w -> {
            JsonObject warning = w.asJsonObject();
            assertThat(warning.getString("kind")).isEqualTo("CREDENTIAL_EXPIRES");
            assertThat(Instant.parse(warning.getString("at")))
                    .isEqualTo(in20.atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(warning.getString("message"))
                    .startsWith("The client secret '" + secretId(tenant) + "' of portal '" + soon.getString("name")
                            + "' expires in 20 days, on " + in20 + ".")
                    .contains("Certificates & secrets", "Edit › Connection");
        });

        expireOn(portalId, today.minusDays(1));
        JsonObject expired = portal(portalId);
        assertThat(expired.getJsonObject("credential").getInt("expiresInDays")).isEqualTo(-1);
        assertThat(expired.getJsonArray("warnings")).singleElement().satisfies(w -> {
            assertThat(w.asJsonObject().getString("kind")).isEqualTo("CREDENTIAL_EXPIRED");
            assertThat(w.asJsonObject().getString("message"))
                    .contains("expired on " + today.minusDays(1) + ": every import fails (Entra ID answers"
                            + " AADSTS7000222). Create a new client secret in Entra ID");
        });
        assertThat(client.get("api/portals", Login.VIEWER).jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(p -> p.getJsonNumber("id").longValue() == portalId)
                        .map(p -> p.getJsonArray("warnings").getJsonObject(0).getString("kind"))
                        .toList())
                .containsExactly("CREDENTIAL_EXPIRED");
    }

    @Test
    void figuresAreStaleOnceNoImportSucceededForTwiceTheIntervalUntilOneDoes() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(16_702, 20, 2));
        long portalId =
                createPortal(tenant, "Stale", LocalDate.now(ZoneOffset.UTC).plusYears(1));
        JsonObject fresh = portal(portalId);
        assertThat(fresh.getBoolean("stale")).isFalse();
        assertThat(fresh.containsKey("lastImportAt")).as("null, so left out").isFalse();

        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        imports.importOk(portalId);
        JsonObject imported = portal(portalId);
        assertThat(Instant.parse(imported.getString("lastImportAt"))).isBetween(before, Instant.now());
        assertThat(imported.getBoolean("stale")).isFalse();
        assertThat(imported.getJsonArray("warnings")).isEmpty();

        Instant lastImport = Instant.now()
                .minus(10, ChronoUnit.HOURS)
                .minus(1, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.MINUTES);
        setLastImport(portalId, lastImport);
        JsonObject stale = portal(portalId);
        assertThat(stale.getBoolean("stale")).isTrue();
        assertThat(stale.getJsonArray("warnings")).singleElement().satisfies(w -> {
            JsonObject warning = w.asJsonObject();
            assertThat(warning.getString("kind")).isEqualTo("DATA_STALE");
            assertThat(Instant.parse(warning.getString("at"))).isEqualTo(lastImport);
            assertThat(warning.getString("message"))
                    .isEqualTo("Data stale since "
                            + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                    .format(lastImport.atOffset(ZoneOffset.UTC))
                            + ", the last successful import of portal '" + stale.getString("name")
                            + "': none for more than 10 hours (m365.portals.stale-after). The task monitor shows"
                            + " why its imports failed.");
        });
        setLastImport(portalId, Instant.now().minus(9, ChronoUnit.HOURS));
        assertThat(portal(portalId).getBoolean("stale")).isFalse();

        setLastImport(portalId, lastImport);
        imports.importOk(portalId);
        assertThat(portal(portalId).getBoolean("stale")).isFalse();
        assertThat(portal(portalId).getJsonArray("warnings")).isEmpty();
    }

    private long createPortal(Tenant tenant, String name, LocalDate expiresOn) {
        JsonObject draft =
                TestPortals.forTenant(name + " " + System.nanoTime(), tenant).build();
        JsonObject withExpiry = Json.createObjectBuilder(draft)
                .add(
                        "credential",
                        Json.createObjectBuilder(draft.getJsonObject("credential"))
                                .add("secretExpiresOn", expiresOn.toString()))
                .build();
        Reply created = client.post("api/portals", withExpiry.toString(), Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private JsonObject portal(long portalId) {
        Reply portal = client.get("api/portals/" + portalId, Login.VIEWER);
        assertThat(portal.status()).as(portal.body()).isEqualTo(200);
        return portal.json();
    }

    private static String secretId(Tenant tenant) {
        return tenant.apps().iterator().next().firstSecret().secretId();
    }

    private static void expireOn(long portalId, LocalDate day) throws Exception {
        update("UPDATE M365_PORTAL SET SECRET_EXPIRES_ON = ? WHERE ID = ?", java.sql.Date.valueOf(day), portalId);
    }

    private static void setLastImport(long portalId, Instant at) throws Exception {
        update("UPDATE M365_PORTAL SET LAST_IMPORT_AT = ? WHERE ID = ?", Timestamp.from(at), portalId);
    }

    private static void update(String sql, Object value, long portalId) throws Exception {
        try (Connection db = ItDatabase.connect();
                PreparedStatement update = db.prepareStatement(sql)) {
            update.setObject(1, value);
            update.setLong(2, portalId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
