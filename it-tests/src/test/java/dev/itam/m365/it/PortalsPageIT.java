package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Settings › Microsoft 365 portals, clicked through in headless Chromium. */
class PortalsPageIT extends DeployedPlugin {

    private static final String SECRET = "Sv8Q~page-secret-never-shown";

    private String pages() {
        return "http://127.0.0.1:" + deployment.getPort() + "/m365/";
    }

    private long createPortal(String name, String tenantId) {
        return createPortal(name, tenantId, LocalDate.parse("2099-01-01"));
    }

    private long createPortal(String name, String tenantId, LocalDate secretExpiresOn) {
        Reply created = client.post(
                "api/portals",
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("description", "Main tenant")
                        .add("tenantId", tenantId)
                        .add("clientId", "0a1b2c3d-4e5f-6789-abcd-ef0123456789")
                        .add(
                                "credential",
                                Json.createObjectBuilder()
                                        .add("type", "CLIENT_SECRET")
                                        .add("secretId", "page-secret-id")
                                        .add("secretValue", SECRET)
                                        .add("secretExpiresOn", secretExpiresOn.toString()))
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /**
     * A secret expiring in 20 days shows on the portal list and its details, and in the banner of
     * the licence page, with what to do.
     */
    @Test
    void anExpiringSecretWarnsOnThePortalsAndAboveTheLicences() throws Exception {
        String name = "Expiring " + System.nanoTime();
        long portalId = createPortal(
                name,
                java.util.UUID.randomUUID().toString(),
                LocalDate.now(ZoneOffset.UTC).plusDays(20));
        String message = client.get("api/portals/" + portalId, Login.VIEWER)
                .json()
                .getJsonArray("warnings")
                .getJsonObject(0)
                .getString("message");
        ChromeDriver browser = Browser.open();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(pages() + "settings/portals.xhtml?portal=" + portalId);
            Browser.signIn(browser, "it-admin", "it-admin-pw");
            wait.until(ExpectedConditions.textToBe(By.id("portals:detail-name"), name));
            assertThat(browser.findElement(By.id("portals:detail-days-left")).getText())
                    .isEqualTo("(expires in 20 days)");
            assertThat(browser.findElement(By.id("portals:portal-warnings")).getText())
                    .isEqualTo("Credential expires soon: " + message);
            WebElement row = browser.findElement(By.linkText(name)).findElement(By.xpath("./ancestor::tr"));
            assertThat(row.getText()).contains("Credential expires soon");
            Browser.screenshot(browser, "portal-credential-warning");

            browser.findElement(By.id("nav-licences")).click();
            wait.until(ExpectedConditions.urlContains("licences/licences.xhtml"));
            assertThat(browser.findElement(By.id("portal-warnings")).getText())
                    .contains("Credential expires soon: " + message);
            Browser.screenshot(browser, "licences-credential-warning");
        } catch (RuntimeException | AssertionError e) {
            Browser.keepEvidence(browser, "portal-credential-warning");
            throw e;
        } finally {
            browser.quit();
        }
    }

    @Test
    void signingInShowsThePortalsWithTheirDetailsAndNoSecret() throws Exception {
        String markup = "<b>Bold</b> Contoso " + System.nanoTime();
        String other = "Adatum " + System.nanoTime();
        String markupTenant = java.util.UUID.randomUUID().toString();
        String otherTenant = java.util.UUID.randomUUID().toString();
        createPortal(markup, markupTenant);
        createPortal(other, otherTenant);
        ChromeDriver browser = Browser.open();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(pages());
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            Browser.screenshot(browser, "login");

            Browser.signIn(browser, "it-admin", "wrong");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-failed")));
            Browser.signIn(browser, "it-admin", "it-admin-pw");
            wait.until(ExpectedConditions.urlContains("settings/portals.xhtml"));

            assertThat(browser.findElements(By.cssSelector("#portals\\:list b")))
                    .isEmpty();
            browser.findElement(By.linkText(markup)).click();
            wait.until(ExpectedConditions.textToBe(By.id("portals:detail-name"), markup));
            wait.until(ExpectedConditions.textToBe(By.id("portals:detail-tenant"), markupTenant));
            browser.findElement(By.linkText(other)).click();
            wait.until(ExpectedConditions.textToBe(By.id("portals:detail-name"), other));
            wait.until(ExpectedConditions.textToBe(By.id("portals:detail-tenant"), otherTenant));
            assertThat(browser.getPageSource()).contains("page-secret-id").doesNotContain(SECRET);
            Browser.screenshot(browser, "portals");

            browser.findElement(By.id("portals:delete")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portals:confirm-no")));
            Browser.screenshot(browser, "portal-delete-confirmation");
            browser.findElement(By.id("portals:confirm-no")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("portals:confirm-no")));
            assertThat(browser.findElements(By.xpath("//td[normalize-space()='" + other + "']")))
                    .hasSize(1);
            browser.findElement(By.id("portals:delete")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("portals:confirm-yes")))
                    .click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(
                    By.xpath("//td[normalize-space()='" + other + "']")));
            assertThat(client.get("api/portals", Login.VIEWER).body())
                    .doesNotContain(other)
                    .contains(markupTenant);

            browser.get(pages() + "settings/portal-edit.xhtml?portal=987654321");
            wait.until(ExpectedConditions.urlContains("settings/portals.xhtml"));
            assertThat(browser.findElement(By.id("portals:messages")).getText())
                    .contains("There is no portal with id 987654321; it may have been deleted.");

            browser.get(pages() + "settings/portal-edit.xhtml?portal=abc");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("back")));
            assertThat(browser.findElement(By.id("load-messages")).getText()).contains("The address names no portal");
            browser.get(pages() + "settings/portals.xhtml?portal=abc");
            assertThat(browser.findElement(By.id("portals:list")).getText()).contains(markup);

            browser.findElement(By.id("sign-out")).click();
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            browser.get(pages() + "settings/portals.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            Browser.signIn(browser, "it-viewer", "it-viewer-pw");
            wait.until(ExpectedConditions.urlContains("settings/portals.xhtml"));
            for (String action : new String[] {"add", "edit", "import", "delete"}) {
                assertThat(browser.findElements(By.id("portals:" + action)))
                        .as(action)
                        .isEmpty();
            }
            long markupId = client.get("api/portals", Login.VIEWER).jsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(p -> p.getString("name").equals(markup))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
            assertThat(Browser.forgedPost(browser, "portals=portals&portals%3Adelete=portals%3Adelete"))
                    .isEqualTo(403);
            assertThat(client.get("api/portals/" + markupId, Login.VIEWER).status())
                    .isEqualTo(200);
            browser.get(pages() + "settings/portal-edit.xhtml?portal=" + markupId);
            assertThat(browser.findElement(By.id("error-title")).getText()).isEqualTo("403 Forbidden");
            browser.get(pages() + "settings/portal-wizard.xhtml");
            assertThat(browser.findElement(By.id("error-title")).getText()).isEqualTo("403 Forbidden");
        } catch (Throwable failure) {
            Browser.keepEvidence(browser, "portals");
            throw failure;
        } finally {
            browser.quit();
        }
    }
}
