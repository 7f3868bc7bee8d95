package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reclaim page and the licence page's price in headless Chromium: filter the list by reason,
 * exempt a user with a note that looks like markup, and set a licence's price in its dialog.
 */
class ReclaimPageIT extends DeployedPlugin {

    private static final String NOTE = "Shared mailbox <b>keep</b>";

    private ChromeDriver browser;
    private WebDriverWait wait;

    @Test
    void filterByReasonExemptAUserAndSetAPrice() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(13_101, 150, 6));
        String name = "Reclaim page " + System.nanoTime();
        Reply created = client.post(
                "api/portals", TestPortals.forTenant(name, tenant).build().toString(), Login.ADMIN);
        assertThat(created.status()).isEqualTo(201);
        long portalId = created.json().getJsonNumber("id").longValue();
        Reply run = client.post("api/imports/" + portalId + "?recalculate=true", "", Login.ADMIN);
        assertThat(run.json().getString("outcome")).as(run.body()).isEqualTo("SUCCEEDED");
        List<JsonObject> disabled = client.get("api/reclaim?reason=DISABLED", Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertThat(disabled).isNotEmpty();
        SimSku priced = tenant.read(t -> t.skus().iterator().next());

        browser = Browser.open();
        try {
            wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.ignoreAll(List.of(
                    StaleElementReferenceException.class,
                    ElementNotInteractableException.class,
                    ElementClickInterceptedException.class));
            browser.get(pages() + "licences/reclaim.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            Browser.signIn(browser, "it-admin", "it-admin-pw");
            wait.until(ExpectedConditions.urlContains("licences/reclaim.xhtml"));

            choose("reclaim:reason", "DISABLED", "Account disabled");
            browser.findElement(By.id("reclaim:apply")).click();
            wait.until(driver -> reasonsShown().stream().allMatch("Account disabled"::equals)
                    && !reasonsShown().isEmpty());
            assertThat(browser.findElement(By.id("reclaim:totals")).getText())
                    .contains("Totals: " + disabled.size() + " assignments");
            Browser.screenshot(browser, "reclaim-disabled");

            JsonObject first = disabled.get(0);
            String user = first.getString("displayName");
            long userRows = disabled.stream()
                    .filter(r -> r.getJsonNumber("contactId").equals(first.getJsonNumber("contactId")))
                    .count();
            browser.findElement(
                            By.xpath("//tbody[@id='reclaim:rows_data']/tr[1]//button[contains(@class,'m365-exempt')]"))
                    .click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reclaim:note")));
            browser.findElement(By.id("reclaim:note")).sendKeys(NOTE);
            browser.findElement(By.id("reclaim:confirmExempt")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reclaim:messages"), "is exempt"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reclaim:exemptions"), user));
            WebElement note = browser.findElement(
                    By.xpath("//tbody[@id='reclaim:exemptions_data']//span[contains(@class,'m365-note')]"));
            assertThat(note.getText())
                    .as("the note is shown as text, not markup")
                    .isEqualTo(NOTE);
            assertThat(browser.findElement(By.id("reclaim:totals")).getText())
                    .contains("Totals: " + (disabled.size() - userRows) + " assignments");
            Browser.screenshot(browser, "reclaim-exempt");

            browser.get(pages() + "licences/licences.xhtml");
            String row = "//tbody[@id='licences:table_data']/tr[td[normalize-space()=" + Browser.xpathLiteral(name)
                    + "] and td[.//div[normalize-space()='" + priced.partNumber() + "']]]";
            wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(row)));
            browser.findElement(By.xpath(row + "//a[contains(@class,'m365-edit-price')]"))
                    .click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("licences:amount")));
            browser.findElement(By.id("licences:amount")).sendKeys("12.50");
            browser.findElement(By.id("licences:currency")).sendKeys("EUR");
            browser.findElement(By.id("licences:savePrice")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("licences:messages"), "is set"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row), "12.50 EUR a month"));
            Browser.screenshot(browser, "licences-price");
        } catch (RuntimeException | AssertionError e) {
            Browser.keepEvidence(browser, "reclaim-page");
            throw e;
        } finally {
            browser.quit();
        }
        JsonObject price = client.get("api/licences/" + licenceId(portalId, priced.skuId()) + "/price", Login.VIEWER)
                .json()
                .getJsonObject("price");
        assertThat(price.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("12.50");
        assertThat(price.getString("currency")).isEqualTo("EUR");
        assertThat(price.getString("period")).isEqualTo("MONTH");
        assertThat(price.getString("source")).isEqualTo("SET");
    }

    private String pages() {
        return "http://127.0.0.1:" + deployment.getPort() + "/m365/";
    }

    /**
     * Picks an option of a PrimeFaces select menu through the widget's own API (a click on an item of
     * its sliding panel did not always take in headless Chromium), and waits until the menu shows it.
     */
    private void choose(String menuId, String value, String label) {
        browser.executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
    }

    private List<String> reasonsShown() {
        return browser.findElements(By.xpath("//tbody[@id='reclaim:rows_data']/tr/td[4]")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private long licenceId(long portalId, String skuId) {
        return client.get("api/licences", Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.containsKey("portalId")
                        && l.getJsonNumber("portalId").longValue() == portalId
                        && l.getString("skuId").equals(skuId))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("licenceId")
                .longValue();
    }
}
