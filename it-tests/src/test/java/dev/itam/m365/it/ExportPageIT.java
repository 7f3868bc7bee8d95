package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages' export buttons in headless Chromium, downloading into a directory of the test: the
 * licence table through PrimeFaces' exporters (CSV with a byte order mark, XLSX with typed cells),
 * the reclaim list through the streaming REST export with the page's session, which also serves the
 * link above a licence's consumers; a change through the API with that session is still refused.
 */
class ExportPageIT extends DeployedPlugin {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theExportButtonsDownloadTheTablesAsCsvAndXlsx() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(13_401, 150, 5));
        PortalImports imports = new PortalImports(client);
        imports.importedPortal(tenant, "Export page");
        List<JsonObject> licences = json("api/licences");
        List<JsonObject> reclaim = json("api/reclaim");
        Path downloads = Files.createTempDirectory("downloads");

        ChromeDriver browser = Browser.open(downloads);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(pages() + "licences/licences.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            Browser.signIn(browser, "it-viewer", "it-viewer-pw");
            wait.until(ExpectedConditions.urlContains("licences/licences.xhtml"));

            wait.until(ExpectedConditions.elementToBeClickable(By.id("licences:exportCsv")))
                    .click();
            String text = new String(Browser.downloaded(downloads, "licences.csv"), StandardCharsets.UTF_8);
            List<List<String>> csv = ExportFiles.csv(text, ',');
            assertThat(csv.get(0))
                    .containsExactly(
                            "Source",
                            "Licence",
                            "Product",
                            "Owned",
                            "Consumed",
                            "Balance",
                            "Status",
                            "Lifecycle",
                            "Next change",
                            "Price");
            assertThat(csv).hasSize(licences.size() + 1);
            for (int i = 0; i < licences.size(); i++) {
                JsonObject licence = licences.get(i);
                assertThat(csv.get(i + 1).subList(0, 2))
                        .containsExactly(
                                ExportFiles.guarded(licence.getString("source")),
                                ExportFiles.guarded(licence.getString("title")));
                assertThat(csv.get(i + 1).get(3)).isEqualTo(Integer.toString(licence.getInt("owned")));
            }

            browser.findElement(By.id("licences:exportXlsx")).click();
            List<List<Object>> xlsx = ExportFiles.xlsx(Browser.downloaded(downloads, "licences.xlsx"));
            assertThat(xlsx.get(0)).isEqualTo(csv.get(0));
            assertThat(xlsx).hasSize(licences.size() + 1);
            for (int i = 0; i < licences.size(); i++) {
                assertThat(xlsx.get(i + 1).get(3))
                        .as("owned seats, a number cell")
                        .isEqualTo((double) licences.get(i).getInt("owned"));
            }

            browser.get(pages() + "licences/reclaim.xhtml");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("reclaim:exportCsv")))
                    .click();
            String reclaimCsv = new String(Browser.downloaded(downloads, "reclaim.csv"), StandardCharsets.UTF_8);
            ExportFiles.csvMatches(ExportFiles.csv(reclaimCsv, ','), reclaim, Map.of("licenceTitle", "title"), '.');

            browser.get(pages() + "licences/licences.xhtml");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("div.ui-row-toggler")))
                    .click();
            String link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("tr.ui-expanded-row-content a.m365-export[id$='consumersXlsx']")))
                    .getAttribute("href");
            assertThat(link)
                    .as("the first licence's consumers")
                    .endsWith("/m365/api/licences/" + licences.get(0).getJsonNumber("licenceId")
                            + "/consumers?format=xlsx");
            Map<String, Object> consumers = Browser.fetchWithSession(browser, link);
            assertThat(consumers).containsEntry("status", 200L).containsEntry("type", XLSX);
            assertThat((Long) consumers.get("size")).isPositive();
            // A browser would answer the 401's Basic challenge with a sign-in prompt, so the session goes by hand
            String session = "JSESSIONID="
                    + browser.manage().getCookieNamed("JSESSIONID").getValue();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> read = http.send(
                    HttpRequest.newBuilder(URI.create(pages() + "api/licences"))
                            .header("Cookie", session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).as("the session reads the API").isEqualTo(200);
            HttpResponse<String> refused = http.send(
                    HttpRequest.newBuilder(URI.create(pages() + "api/imports"))
                            .header("Cookie", session)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode())
                    .as("the session reads the API, never changes it")
                    .isEqualTo(401);
        } catch (AssertionError | RuntimeException e) {
            Browser.keepEvidence(browser, "export-page");
            throw e;
        } finally {
            browser.quit();
        }
    }

    private List<JsonObject> json(String path) {
        return client.get(path, Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private String pages() {
        return "http://127.0.0.1:" + deployment.getPort() + "/m365/";
    }
}
