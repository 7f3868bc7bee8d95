package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
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
 * The audit log page in headless Chromium: an admin follows the navigation to it, sees who created
 * and changed a portal and which fields, and filters by action; a viewer has no link and gets 403.
 */
class AuditPageIT extends DeployedPlugin {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @Test
    void anAdminSeesWhoDidWhatAndAViewerSeesNothing() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(16_611, 20, 2));
        String name = "Audit page " + System.nanoTime();
        Reply created = client.post(
                "api/portals", TestPortals.forTenant(name, tenant).build().toString(), Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long portalId = created.json().getJsonNumber("id").longValue();
        // without a credential the stored one stays: one sent again would count as a new secret
        Reply changed = client.put(
                "api/portals/" + portalId,
                TestPortals.forTenant(name, tenant)
                        .remove("credential")
                        .add("description", "Audited")
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        browser = Browser.open();
        try {
            wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.ignoreAll(List.of(
                    StaleElementReferenceException.class,
                    ElementNotInteractableException.class,
                    ElementClickInterceptedException.class));
            browser.get(pages() + "monitor/tasks.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            Browser.signIn(browser, "it-admin", "it-admin-pw");
            wait.until(ExpectedConditions.urlContains("monitor/tasks.xhtml"));
            browser.findElement(By.id("nav-audit")).click();
            wait.until(ExpectedConditions.urlContains("audit/audit.xhtml"));

            String createdRow = row(name, "Portal created");
            String changedRow = row(name, "Portal changed");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(changedRow)));
            WebElement change = browser.findElement(By.xpath(changedRow));
            assertThat(change.findElement(By.className("m365-actor")).getText()).isEqualTo("it-admin");
            assertThat(change.findElement(By.className("m365-fields")).getText())
                    .isEqualTo("description");
            assertThat(browser.findElements(By.xpath(createdRow))).hasSize(1);
            Browser.screenshot(browser, "audit-log");

            browser.executeScript(
                    "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                    "audit:action",
                    "PORTAL_CHANGED");
            wait.until(ExpectedConditions.textToBe(By.id("audit:action_label"), "Portal changed"));
            browser.findElement(By.id("audit:apply")).click();
            wait.until(driver -> driver.findElements(By.xpath(createdRow)).isEmpty());
            assertThat(browser.findElements(By.xpath(changedRow))).hasSize(1);
            assertThat(actionsShown()).isNotEmpty().allMatch("Portal changed"::equals);
            Browser.screenshot(browser, "audit-log-changes");

            browser.findElement(By.id("sign-out")).click();
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            browser.get(pages() + "monitor/tasks.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            Browser.signIn(browser, "it-viewer", "it-viewer-pw");
            wait.until(ExpectedConditions.urlContains("monitor/tasks.xhtml"));
            assertThat(browser.findElements(By.id("nav-audit")))
                    .as("no link for a viewer")
                    .isEmpty();
            assertThat(Browser.fetchWithSession(browser, pages() + "audit/audit.xhtml"))
                    .containsEntry("status", 403L);
            assertThat(Browser.fetchWithSession(browser, pages() + "api/audit")).containsEntry("status", 403L);
        } catch (RuntimeException | AssertionError e) {
            Browser.keepEvidence(browser, "audit-page");
            throw e;
        } finally {
            browser.quit();
        }
    }

    /** The row of an entry about the portal with that action. */
    private static String row(String portal, String action) {
        return "//tbody[@id='audit:entries_data']/tr[.//span[contains(@class,'m365-subject') and normalize-space()="
                + Browser.xpathLiteral(portal) + "] and .//span[contains(@class,'m365-action') and normalize-space()='"
                + action + "']]";
    }

    private List<String> actionsShown() {
        return browser
                .findElements(By.xpath("//tbody[@id='audit:entries_data']//span[contains(@class,'m365-action')]"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private String pages() {
        return "http://127.0.0.1:" + deployment.getPort() + "/m365/";
    }
}
