package dev.itam.m365.it;

import static dev.itam.m365.it.ExportFiles.csv;
import static dev.itam.m365.it.ExportFiles.csvMatches;
import static dev.itam.m365.it.ExportFiles.xlsx;
import static dev.itam.m365.it.ExportFiles.xlsxMatches;
import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Download;
import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CSV and XLSX exports of the licences, a licence's consumers, the reclaim list and a licence's
 * history, each compared with the JSON answer of the same request row by row; a user whose name is a
 * formula, defused in both formats; the byte order mark, and semicolons with decimal commas for a
 * German reader.
 */
class ExportIT extends DeployedPlugin {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"x\")";
    private static final String EVIL_DEPARTMENT = "-Sales+1";

    private PortalImports imports;

    @BeforeEach
    void imports() {
        imports = new PortalImports(client);
    }

    @Test
    void everyExportIsItsJsonRowByRowInCsvAndXlsxWithFormulasDefused() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(13_301, 300, 6));
        SimUser user = tenant.read(t -> t.userSlots().stream()
                .filter(u ->
                        !u.deleted() && !u.accountEnabled() && !u.assignments().isEmpty())
                .findFirst()
                .orElseThrow());
        tenant.renameUser(user.id(), EVIL, EVIL_DEPARTMENT);
        long portalId = imports.importedPortal(tenant, "Exports");
        JsonObject licence =
                imports.licences(portalId).get(user.assignments().get(0).skuId());
        long licenceId = licence.getJsonNumber("licenceId").longValue();
        Reply priced = client.put(
                "api/licences/" + licenceId + "/price",
                "{\"amount\": 20.60, \"currency\": \"EUR\", \"period\": \"MONTH\"}",
                Login.ADMIN);
        assertThat(priced.status()).as(priced.body()).isEqualTo(200);
        imports.importOk(portalId);

        List<List<String>> licences = sameAsJson("api/licences", Map.of());
        assertThat(licences.get(0)).startsWith("licenceId", "portalId", "source", "skuId", "skuPartNumber", "title");

        List<List<String>> consumers = sameAsJson("api/licences/" + licenceId + "/consumers", Map.of());
        int column = consumers.get(0).indexOf("displayName");
        assertThat(consumers.stream().map(row -> row.get(column)))
                .as("the formula is text")
                .contains("'" + EVIL)
                .doesNotContain(EVIL);
        assertThat(consumers.stream().map(row -> row.get(consumers.get(0).indexOf("department"))))
                .contains("'" + EVIL_DEPARTMENT);
        List<List<Object>> consumerCells = xlsx(
                download("api/licences/" + licenceId + "/consumers", XLSX, null).body());
        assertThat(consumerCells.stream().map(row -> row.get(column)))
                .as("a plain string cell, defused alike")
                .contains("'" + EVIL)
                .doesNotContain(EVIL);

        List<List<String>> reclaim = sameAsJson("api/reclaim?portalId=" + portalId, Map.of("licenceTitle", "title"));
        assertThat(reclaim.stream().map(row -> row.get(reclaim.get(0).indexOf("displayName"))))
                .as("the disabled user is on the reclaim list")
                .contains("'" + EVIL);

        List<List<String>> history = sameAsJson("api/licences/" + licenceId + "/history?granularity=RUN", Map.of());
        assertThat(history).as("two recalculations").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aGermanReaderGetsSemicolonsAndDecimalCommas() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(13_302, 120, 4));
        long portalId = imports.importedPortal(tenant, "Exports de");
        JsonObject licence = imports.licences(portalId).values().iterator().next();
        long licenceId = licence.getJsonNumber("licenceId").longValue();
        client.put(
                "api/licences/" + licenceId + "/price",
                "{\"amount\": 20.60, \"currency\": \"EUR\", \"period\": \"MONTH\"}",
                Login.ADMIN);

        Download german = download("api/licences", "text/csv", "de-DE,de;q=0.9,en;q=0.5");
        assertThat(german.body()).as("UTF-8 byte order mark").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(german.text().lines().findFirst().orElseThrow()).startsWith("\uFEFFlicenceId;portalId;source;");
        List<List<String>> rows = csv(german.text(), ';');
        csvMatches(rows, json("api/licences"), Map.of(), ',');
        int amount = rows.get(0).indexOf("price.amount");
        assertThat(rows.stream().map(row -> row.get(amount))).contains("20,60");

        Download english = download("api/licences", "text/csv", "en-US");
        assertThat(english.text()).startsWith("\uFEFFlicenceId,portalId,source,");
        assertThat(csv(english.text(), ',').stream().map(row -> row.get(amount)))
                .contains("20.60");

        Download reclaim = download("api/reclaim?portalId=" + portalId, "text/csv", "de-DE");
        csvMatches(
                csv(reclaim.text(), ';'),
                json("api/reclaim?portalId=" + portalId),
                Map.of("licenceTitle", "title"),
                ',');
    }

    @Test
    void linksAskWithFormatUnknownLicencesAre404AndJsonStaysTheDefault() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(13_303, 60, 3));
        long portalId = imports.importedPortal(tenant, "Exports links");
        long licenceId = imports.licences(portalId)
                .values()
                .iterator()
                .next()
                .getJsonNumber("licenceId")
                .longValue();

        Download xlsx = download("api/licences/" + licenceId + "/consumers?format=xlsx", "*/*", null);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo(XLSX);
        assertThat(xlsx.disposition()).isEqualTo("attachment; filename=\"licence-" + licenceId + "-consumers.xlsx\"");
        Download csv = download("api/reclaim?format=csv", "application/json", null);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.disposition()).isEqualTo("attachment; filename=\"reclaim.csv\"");

        assertThat(download("api/licences/999999999/consumers", "text/csv", null)
                        .status())
                .isEqualTo(404);
        assertThat(download("api/licences/999999999/history", XLSX, null).status())
                .isEqualTo(404);
        assertThat(download("api/reclaim?reason=LAZY", "text/csv", null).status())
                .isEqualTo(400);
        assertThat(download("api/licences", "text/csv", null).status()).isEqualTo(200);
        assertThat(client.get("api/licences", "*/*", Login.VIEWER).contentType())
                .startsWith("application/json");
        assertThat(client.get("api/licences", "text/csv", Login.NOBODY).status())
                .isEqualTo(401);
    }

    /**
     * The CSV and XLSX of a GET against its JSON, field by field ({@code fields} maps a header to a
     * JSON field of another name); the CSV's rows.
     */
    private List<List<String>> sameAsJson(String path, Map<String, String> fields) {
        List<JsonObject> json = json(path);
        Download csvFile = download(path, "text/csv", null);
        assertThat(csvFile.status()).as(csvFile.text()).isEqualTo(200);
        assertThat(csvFile.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csvFile.disposition()).startsWith("attachment; filename=\"").endsWith(".csv\"");
        assertThat(csvFile.text()).endsWith("\r\n");
        List<List<String>> csv = csv(csvFile.text(), ',');
        csvMatches(csv, json, fields, '.');

        Download xlsxFile = download(path, XLSX, null);
        assertThat(xlsxFile.status()).isEqualTo(200);
        assertThat(xlsxFile.contentType()).isEqualTo(XLSX);
        assertThat(xlsxFile.disposition()).endsWith(".xlsx\"");
        xlsxMatches(xlsx(xlsxFile.body()), csv.get(0), json, fields);
        return csv;
    }

    private List<JsonObject> json(String path) {
        Reply reply = client.get(path, Login.VIEWER);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private Download download(String path, String accept, String language) {
        return client.download(path, accept, language, Login.VIEWER);
    }
}
