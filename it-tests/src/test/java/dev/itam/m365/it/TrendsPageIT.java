package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trends page in headless Chromium: a licence whose demand grew a seat a day for three weeks
 * shows its seats chart (owned, consumed, waiting, lifecycle changes), the table that says the same,
 * and the forecast sentence with its date; the portal's costs chart once the licence has a price.
 */
class TrendsPageIT extends DeployedPlugin {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @Test
    void aLicencesSeatsChartTableAndForecastSentence() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(15_101, 300, 3));
        PortalImports imports = new PortalImports(client);
        long portalId = imports.importedPortal(tenant, "Trends");
        JsonObject roomy = imports.licences(portalId).values().stream()
                .filter(l -> l.getInt("waiting") == 0
                        && l.getInt("consumed") >= 21
                        && l.getInt("owned") - l.getInt("consumed") >= 5)
                .findFirst()
                .orElseThrow();
        long licenceId = roomy.getJsonNumber("licenceId").longValue();
        int owned = roomy.getInt("owned");
        int consumed = roomy.getInt("consumed");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int k = 1; k <= 20; k++) {
            insert(licenceId, portalId, today.minusDays(k), consumed - k, owned);
        }
        assertThat(client.put(
                                "api/licences/" + licenceId + "/price",
                                "{\"amount\": 8, \"currency\": \"EUR\", \"period\": \"MONTH\"}",
                                Login.ADMIN)
                        .status())
                .isEqualTo(200);
        tenant.updateSku(roomy.getString("skuId"), owned + 3, null, null, null, null);
        JsonObject importNow = imports.importOk(portalId);
        owned = imports.licences(portalId).get(roomy.getString("skuId")).getInt("owned");

        browser = Browser.open();
        try {
            wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.ignoreAll(List.of(
                    StaleElementReferenceException.class,
                    ElementNotInteractableException.class,
                    ElementClickInterceptedException.class));
            browser.get(pages() + "licences/trends.xhtml?licence=" + licenceId);
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            Browser.signIn(browser, "it-viewer", "it-viewer-pw");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forecast")));

            assertThat(browser.findElement(By.id("forecast")).getText())
                    .contains(roomy.getString("skuPartNumber") + ": full in about " + (owned - consumed) + " days (on "
                            + today.plusDays(owned - consumed) + ")");
            assertThat(browser.findElement(By.id("forecast-method")).getText()).contains("Least squares");
            wait.until(driver -> Boolean.TRUE.equals(
                    browser.executeScript("return !!(PF('seatsChart') && PF('seatsChart').chart);")));
            assertThat(((Number) browser.executeScript("return PF('seatsChart').chart.data.datasets.length;"))
                            .intValue())
                    .isEqualTo(4);
            assertThat(((Number) browser.executeScript("return PF('seatsChart').chart.data.labels.length;")).intValue())
                    .isEqualTo(21);
            assertThat(browser.findElements(By.cssSelector("[id='trends:points_data'] > tr")))
                    .hasSize(21);
            assertThat(browser.findElement(By.cssSelector("[id='trends:points_data'] > tr:last-child"))
                            .getText())
                    .startsWith(today + " " + owned + " " + consumed);
            assertThat(((Number) browser.executeScript("return PF('costsChart').chart.data.datasets.length;"))
                            .intValue())
                    .isEqualTo(2);
            assertThat(browser.findElement(By.id("trends:months")).getText()).contains(" EUR");
            Browser.screenshot(browser, "trends");
            String csvLink = browser.findElement(By.cssSelector("[id='trends:exportCsv'] a, a[id='trends:exportCsv']"))
                    .getAttribute("href");
            assertThat(csvLink)
                    .contains("/api/licences/" + licenceId + "/history?format=csv&granularity=DAY&from="
                            + today.minusDays(29));
            Object exported = browser.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);",
                    csvLink);
            // the browser's text() drops the byte order mark ExportIT checks
            assertThat(exported.toString()).startsWith("at,owned,consumed,peakConsumed");
            assertThat(exported.toString().lines()).hasSize(22);

            browser.executeScript(
                    "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", "trends:range", "ALL");
            browser.findElement(By.id("trends:apply")).click();
            long months = java.util.stream.Stream.of(today.minusDays(20), today)
                    .map(java.time.YearMonth::from)
                    .distinct()
                    .count();
            wait.until(driver ->
                    ((Number) browser.executeScript("return PF('seatsChart').chart.data.labels.length;")).intValue()
                            == months);
            JsonObject rollup =
                    client.post("api/tasks/history-rollup", "", Login.ADMIN).json();
            browser.get(pages() + "monitor/tasks.xhtml");
            assertThat(browser.findElement(By.id("monitor:runs_data"))
                            .findElement(By.xpath("tr[1]"))
                            .getText())
                    .contains("History roll-up")
                    .contains(rollup.getJsonObject("figures").getInt("snapshotsRemoved")
                            + " snapshots rolled up or past their retention");
            long runId = importNow.getJsonNumber("id").longValue();
            By changesLink =
                    By.xpath("//a[contains(@class,'m365-run-changes') and contains(@href,'run=" + runId + "')]");
            wait.until(ExpectedConditions.presenceOfElementLocated(changesLink));
            browser.findElement(changesLink).click();
            wait.until(ExpectedConditions.urlContains("monitor/changes.xhtml"));
            int total = client.get("api/task-runs/" + runId + "/changes?max=1", Login.VIEWER)
                    .totalCount()
                    .map(Integer::parseInt)
                    .orElseThrow();
            assertThat(browser.findElement(By.id("changes:counts:total")).getText())
                    .isEqualTo(String.valueOf(total));
            assertThat(browser.findElement(By.id("changes:counts")).getText()).contains("Owned seats changed");
            assertThat(browser.findElements(By.cssSelector("[id='changes:rows_data'] > tr")))
                    .hasSize(Math.min(total, 50));
            Browser.screenshot(browser, "run-changes");
        } catch (RuntimeException | AssertionError e) {
            Browser.keepEvidence(browser, "trends-page");
            throw e;
        } finally {
            browser.quit();
        }
    }

    private String pages() {
        return "http://127.0.0.1:" + deployment.getPort() + "/m365/";
    }

    private static void insert(long licenceId, long portalId, LocalDate day, int consumed, int owned) throws Exception {
        try (Connection db = ItDatabase.connect();
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO M365_LICENCE_HISTORY (LICENCE_ID,"
                                + " PORTAL_ID, TAKEN_AT, GRANULARITY, OWNED, CONSUMED, PEAK_CONSUMED, AVAILABLE, WAITING,"
                                + " RECLAIMABLE, STATUS, LIFECYCLE) VALUES (?, ?, ?, 'DAY', ?, ?, ?, ?, 0, 0, 'OVER_LICENSED', ?)")) {
            insert.setLong(1, licenceId);
            insert.setLong(2, portalId);
            insert.setTimestamp(3, Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
            insert.setInt(4, owned);
            insert.setInt(5, consumed);
            insert.setInt(6, consumed);
            insert.setInt(7, owned - consumed);
            insert.setString(8, day.isBefore(LocalDate.now(ZoneOffset.UTC).minusDays(10)) ? "TRIAL" : "ACTIVE");
            insert.executeUpdate();
        }
    }
}
