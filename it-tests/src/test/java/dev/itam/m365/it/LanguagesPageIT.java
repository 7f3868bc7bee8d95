package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page in German and in English, as the browser's language asks: no missing bundle key
 * (Mojarra shows one as ???key???), the page's {@code <html lang>}, a known heading and the
 * template's words in the language, dates in its notation, a broken rule in the reader's language;
 * screenshots of each page in both languages under target/screenshots/lang-*.
 */
class LanguagesPageIT extends DeployedPlugin {

    private static final Pattern GERMAN_MOMENT = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2} UTC");
    private static final Pattern ENGLISH_MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC");

    /** A page, its heading in English and in German. */
    private record Page(String path, String english, String german) {}

    private ChromeDriver browser;
    private WebDriverWait wait;

    @Test
    void everyPageInGermanAndInEnglish() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(14_141, 60, 4));
        String name = "Languages " + System.nanoTime();
        Reply created = client.post(
                "api/portals", TestPortals.forTenant(name, tenant).build().toString(), Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long portalId = created.json().getJsonNumber("id").longValue();
        Reply run = client.post("api/imports/" + portalId + "?recalculate=true", "", Login.ADMIN);
        assertThat(run.json().getString("outcome")).as(run.body()).isEqualTo("SUCCEEDED");
        long runId = run.json().getJsonNumber("id").longValue();
        long licenceId = client.get("api/licences", Login.VIEWER).jsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(l ->
                        l.containsKey("portalId") && l.getJsonNumber("portalId").longValue() == portalId)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("licenceId")
                .longValue();

        List<Page> pages = List.of(
                new Page(
                        "settings/portals.xhtml?portal=" + portalId,
                        "Settings › Microsoft 365 portals",
                        "Einstellungen › Microsoft-365-Portale"),
                new Page("settings/portal-edit.xhtml?portal=" + portalId, "Edit portal", "Portal bearbeiten"),
                new Page(
                        "settings/portal-wizard.xhtml",
                        "Add a Microsoft 365 portal",
                        "Ein Microsoft-365-Portal hinzufügen"),
                new Page(
                        "licences/licences.xhtml",
                        "Licence management › Licences and compliance",
                        "Lizenzverwaltung › Lizenzen und Compliance"),
                new Page(
                        "licences/trends.xhtml?licence=" + licenceId,
                        "Licence management › Trends",
                        "Lizenzverwaltung › Verlauf"),
                new Page("licences/reclaim.xhtml", "Licence management › Reclaim", "Lizenzverwaltung › Rückforderung"),
                new Page("licences/products.xhtml", "Licence management › Products", "Lizenzverwaltung › Produkte"),
                new Page("monitor/tasks.xhtml", "Task monitor", "Aufgabenmonitor"),
                new Page("audit/audit.xhtml", "Audit log", "Prüfprotokoll"),
                new Page(
                        "monitor/changes.xhtml?run=" + runId,
                        "Task monitor › Changes of run " + runId,
                        "Aufgabenmonitor › Änderungen von Lauf " + runId));

        for (String language : List.of("de", "en")) {
            boolean german = language.equals("de");
            browser = Browser.inLanguage(german ? "de-DE,de" : "en-GB,en");
            try {
                wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.ignoreAll(List.of(
                        StaleElementReferenceException.class,
                        ElementNotInteractableException.class,
                        ElementClickInterceptedException.class));
                browser.get(pages() + "licences/licences.xhtml");
                wait.until(ExpectedConditions.urlContains("login.xhtml"));
                assertPage(language, german ? "Anmelden" : "Sign in");
                assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo(german ? "Anmelden" : "Sign in");
                Browser.screenshot(browser, "lang-" + language + "-login");
                Browser.signIn(browser, "it-admin", "it-admin-pw");
                wait.until(ExpectedConditions.urlContains("licences/licences.xhtml"));

                for (Page page : pages) {
                    browser.get(pages() + page.path());
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                    String heading = german ? page.german() : page.english();
                    assertThat(browser.findElement(By.tagName("h1")).getText())
                            .as(page.path())
                            .startsWith(heading);
                    assertPage(language, german ? "Abmelden" : "Sign out");
                    Browser.screenshot(
                            browser,
                            "lang-" + language + "-"
                                    + page.path()
                                            .replaceAll("\\?.*", "")
                                            .replace(".xhtml", "")
                                            .replace('/', '-'));
                }

                browser.get(pages() + "monitor/tasks.xhtml");
                String runs = browser.findElement(By.id("monitor:runs")).getText();
                assertThat(runs).containsPattern(german ? GERMAN_MOMENT : ENGLISH_MOMENT);
                assertThat(runs).contains(german ? "Erfolgreich" : "Succeeded");

                // a broken rule of the service, in the reader's language
                browser.get(pages() + "licences/products.xhtml");
                String folder = "Folder " + language + System.nanoTime();
                for (int i = 0; i < 2; i++) {
                    wait.until(ExpectedConditions.elementToBeClickable(By.id("products:name")))
                            .sendKeys(folder);
                    browser.findElement(By.id("products:create-folder")).click();
                    wait.until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("products:product-messages"),
                            i == 0
                                    ? (german ? "angelegt" : "created")
                                    : (german
                                            ? "hat schon einen Unterordner namens"
                                            : "already has a sub-folder named")));
                }
                assertPage(language, german ? "Abmelden" : "Sign out");
                Browser.screenshot(browser, "lang-" + language + "-products-violation");

                // an amount as the reader's language writes it, shown back in it
                browser.get(pages() + "licences/licences.xhtml");
                String row = "(//tbody[@id='licences:table_data']/tr[td[normalize-space()=" + Browser.xpathLiteral(name)
                        + "]])[1]";
                wait.until(ExpectedConditions.elementToBeClickable(
                                By.xpath(row + "//a[contains(@class,'m365-edit-price')]")))
                        .click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("licences:amount")));
                browser.findElement(By.id("licences:amount")).clear();
                browser.findElement(By.id("licences:amount")).sendKeys(german ? "20,60" : "20.60");
                browser.findElement(By.id("licences:currency")).clear();
                browser.findElement(By.id("licences:currency")).sendKeys("EUR");
                browser.findElement(By.id("licences:savePrice")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("licences:messages"), german ? "ist festgelegt" : "is set"));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.xpath(row), german ? "20,60 EUR im Monat" : "20.60 EUR a month"));
                Browser.screenshot(browser, "lang-" + language + "-price");
            } catch (RuntimeException | AssertionError e) {
                Browser.keepEvidence(browser, "languages-" + language);
                throw e;
            } finally {
                browser.quit();
            }
        }
        List<String> prices = client.get("api/licences", Login.VIEWER).jsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(l ->
                        l.containsKey("portalId") && l.getJsonNumber("portalId").longValue() == portalId)
                .map(l -> client.get("api/licences/" + l.getJsonNumber("licenceId") + "/price", Login.VIEWER)
                        .json())
                .filter(p -> p.containsKey("price") && !p.isNull("price"))
                .map(p -> p.getJsonObject("price")
                                .getJsonNumber("amount")
                                .bigDecimalValue()
                                .stripTrailingZeros()
                                .toPlainString()
                        + " "
                        + p.getJsonObject("price").getString("source"))
                .toList();
        assertThat(prices)
                .as("20,60 on the German page and 20.60 on the English one are the same amount")
                .containsExactly("20.6 SET");
    }

    /** No missing key, the page's language, and a word only that language's page has. */
    private void assertPage(String language, String word) {
        String source = browser.getPageSource();
        assertThat(source).as(browser.getCurrentUrl()).doesNotContain("???");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.findElement(By.tagName("body")).getText())
                .as(browser.getCurrentUrl())
                .contains(word);
    }

    private String pages() {
        return "http://127.0.0.1:" + deployment.getPort() + "/m365/";
    }
}
