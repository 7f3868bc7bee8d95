package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.simulator.TestCertificates;
import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The add-portal wizard clicked through in headless Chromium against a simulated tenant: field
 * errors, a wrong secret's error in words, exclusions moved both ways and filtered, and the saved
 * portal's import showing its products in the folder tree.
 */
class PortalWizardPageIT extends DeployedPlugin {

    private static final By SOURCE_ITEMS = By.cssSelector("ul.ui-picklist-source li.ui-picklist-item");
    private static final By TARGET_ITEMS = By.cssSelector("ul.ui-picklist-target li.ui-picklist-item");

    private ChromeDriver browser;
    private WebDriverWait wait;

    private String pages() {
        return "http://127.0.0.1:" + deployment.getPort() + "/m365/";
    }

    @Test
    void theWizardSavesAPortalWhoseImportShowsItsProductsInTheTree() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(7_007, 60, 6));
        List<SimSku> skus = tenant.read(t -> List.copyOf(t.skus()));
        SimSku suspended = skus.get(0);
        tenant.updateSku(suspended.skuId(), null, null, null, null, "Suspended");
        SimSku excluded = skus.get(1);
        SimSku movedBack = skus.get(2);
        AppRegistration app = tenant.apps().iterator().next();
        String name = "Wizard " + System.nanoTime();

        browser = Browser.open();
        try {
            wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(pages() + "settings/portals.xhtml");
            Browser.signIn(browser, "it-admin", "it-admin-pw");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("portals:add")))
                    .click();
            wait.until(ExpectedConditions.urlContains("portal-wizard.xhtml"));

            // General: a missing name is reported next to the field
            next();
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("wizard:name-message"), "Enter a name"));
            Browser.screenshot(browser, "wizard-general");
            browser.findElement(By.id("wizard:name")).sendKeys(name);
            browser.findElement(By.id("wizard:description")).sendKeys("Added through the wizard");
            next();

            // Back keeps what was entered
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:tenantId")));
            browser.findElement(By.id("wizard:steps_back")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("wizard:name"), "value", name));
            next();

            // Connection: a wrong secret fails the test in words, the right one connects
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:tenantId")))
                    .sendKeys(tenant.id());
            browser.findElement(By.id("wizard:clientId")).sendKeys(app.clientId());
            addSecret("wizard-secret", "not-the-secret");
            assertThat(browser.findElement(By.id("wizard:credential")).getText())
                    .contains("Client secret wizard-secret, valid until 2099-01-01")
                    .doesNotContain("not-the-secret");
            browser.findElement(By.id("wizard:test-connection")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard:connection-result"), "secret"));
            String refusal =
                    browser.findElement(By.id("wizard:connection-result")).getText();
            assertThat(refusal)
                    .startsWith("Entra ID refused the client secret.")
                    .contains("not its ID");
            Browser.screenshot(browser, "wizard-connection-wrong-secret");

            browser.findElement(By.id("wizard:remove-credential")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard:credential"), "None yet"));
            addSecret(app.firstSecret().secretId(), app.firstSecret().value());
            browser.findElement(By.id("wizard:test-connection")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("wizard:connection-result"), "Connected: the tenant has 6 licences"));
            assertThat(browser.getPageSource()).doesNotContain(app.firstSecret().value());
            Browser.screenshot(browser, "wizard-connection");
            next();

            // Exclusions: every licence on the left; move two right, one back; filter the unsubscribed one
            wait.until(ExpectedConditions.numberOfElementsToBe(SOURCE_ITEMS, 6));
            move(excluded, ".ui-picklist-source", ".ui-picklist-button-add");
            move(movedBack, ".ui-picklist-source", ".ui-picklist-button-add");
            wait.until(ExpectedConditions.numberOfElementsToBe(TARGET_ITEMS, 2));
            move(movedBack, ".ui-picklist-target", ".ui-picklist-button-remove");
            wait.until(ExpectedConditions.numberOfElementsToBe(TARGET_ITEMS, 1));
            assertThat(browser.findElement(By.cssSelector("ul.ui-picklist-target"))
                            .getText())
                    .contains(excluded.partNumber());
            browser.findElement(By.cssSelector("[id='wizard:only-subscribed'] .ui-chkbox-box"))
                    .click();
            long subscribedLeft = tenant.read(t -> t.skus().stream()
                    .filter(sku -> !sku.skuId().equals(excluded.skuId()))
                    .filter(sku -> Set.of("Enabled", "Warning").contains(sku.capabilityStatus()))
                    .count());
            wait.until(ExpectedConditions.numberOfElementsToBe(SOURCE_ITEMS, (int) subscribedLeft));
            assertThat(browser.findElement(By.cssSelector("ul.ui-picklist-source"))
                            .getText())
                    .doesNotContain(suspended.partNumber())
                    .contains(movedBack.partNumber());
            assertThat(browser.findElements(TARGET_ITEMS)).hasSize(1);
            Browser.screenshot(browser, "wizard-exclusions");

            browser.findElement(By.id("wizard:done")).click();
            wait.until(ExpectedConditions.urlContains("settings/portals.xhtml"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("portals:messages"), "Imported '" + name + "'"));
            assertThat(browser.findElement(By.id("portals:detail-name")).getText())
                    .isEqualTo(name);
            assertThat(browser.findElement(By.id("portals:detail-exclusions")).getText())
                    .isEqualTo("1");
            assertThat(client.get("api/portals", Login.VIEWER).body())
                    .contains(name)
                    .contains(excluded.skuId());
            Browser.screenshot(browser, "wizard-saved");

            browser.findElement(By.id("nav-products")).click();
            wait.until(ExpectedConditions.urlContains("licences/products.xhtml"));
            Map<String, String> productBySku = new HashMap<>();
            client.get("api/licences", Login.VIEWER).jsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(l -> name.equals(l.getString("source")))
                    .forEach(l -> productBySku.put(l.getString("skuId"), l.getString("productName")));
            assertThat(productBySku.keySet()).hasSize(5).doesNotContain(excluded.skuId());
            assertThat(Browser.productsInFolder(browser, name))
                    .containsExactlyInAnyOrderElementsOf(productBySku.values());
            Browser.screenshot(browser, "products");
        } catch (Throwable failure) {
            Browser.keepEvidence(browser, "wizard");
            throw failure;
        } finally {
            browser.quit();
        }
    }

    @Test
    void editingSwitchesAPortalToACertificateUploadedAsPemOrPkcs12() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(7_008, 20, 3));
        AppRegistration app = tenant.apps().iterator().next();
        TestCertificates.Issued pem = TestCertificates.rsa("it-page-pem");
        TestCertificates.Issued pfx = TestCertificates.rsa("it-page-pfx");
        app.addCertificate(pem.certificate());
        app.addCertificate(pfx.certificate());
        Path files = Files.createTempDirectory("certificates");
        Path certificateFile = Files.writeString(files.resolve("app.crt.pem"), pem.certificatePem());
        Path keyFile = Files.writeString(files.resolve("app.key.pem"), pem.privateKeyPem());
        Path pfxFile = Files.write(files.resolve("app.pfx"), Base64.getDecoder().decode(pfx.pkcs12Base64("pfx-pw")));
        String name = "Certificate " + System.nanoTime();
        PluginClient.Reply created = client.post(
                "api/portals", TestPortals.forTenant(name, tenant).build().toString(), Login.ADMIN);
        assertThat(created.status()).isEqualTo(201);
        long portalId = created.json().getJsonNumber("id").longValue();

        browser = Browser.open();
        try {
            wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(pages() + "settings/portal-edit.xhtml?portal=" + portalId);
            Browser.signIn(browser, "it-admin", "it-admin-pw");
            wait.until(ExpectedConditions.urlContains("portal-edit.xhtml"));
            browser.findElement(By.xpath("//a[normalize-space()='Connection']")).click();
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("edit:tabs:credential"), "Client secret"));
            browser.findElement(By.xpath("//label[normalize-space()='Certificate']"))
                    .click();
            openCertificateDialog();
            upload("certificate-file", certificateFile);
            upload("key-file", keyFile);
            addCertificate();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("edit:tabs:credential"),
                    "Certificate from app.crt.pem with the private key from app.key.pem (not saved yet)"));
            browser.findElement(By.id("edit:tabs:test-connection")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("edit:tabs:connection-result"), "Connected"));
            Browser.screenshot(browser, "portal-edit-certificate");

            browser.findElement(By.id("edit:tabs:remove-credential")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit:tabs:credential"), "None yet"));
            addPkcs12(pfxFile, "wrong-pw");
            browser.findElement(By.id("edit:tabs:test-connection")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("edit:tabs:credential-message"), "password"));
            browser.findElement(By.id("edit:tabs:remove-credential")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit:tabs:credential"), "None yet"));
            addPkcs12(pfxFile, "pfx-pw");
            browser.findElement(By.id("edit:tabs:test-connection")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("edit:tabs:connection-result"), "Connected"));

            browser.findElement(By.id("edit:save")).click();
            wait.until(ExpectedConditions.urlContains("settings/portals.xhtml"));
            assertThat(browser.findElement(By.id("portals:details")).getText())
                    .contains("Certificate ")
                    .contains("CN=it-page-pfx");
            assertThat(client.get("api/portals/" + portalId, Login.VIEWER).body())
                    .contains("\"CERTIFICATE\"")
                    .contains("it-page-pfx");
        } catch (Throwable failure) {
            Browser.keepEvidence(browser, "certificate");
            throw failure;
        } finally {
            browser.quit();
        }
    }

    private void addPkcs12(Path file, String password) {
        openCertificateDialog();
        upload("certificate-file", file);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-form:pkcs12-password")))
                .sendKeys(password);
        addCertificate();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("edit:tabs:credential"), "PKCS#12 file app.pfx"));
    }

    /** The dialog opens once its form was drawn afresh; an upload before that would go to the old one. */
    private void openCertificateDialog() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("edit:tabs:add-certificate")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-dialog")));
        wait.until(ExpectedConditions.textToBe(By.id("certificate-form:certificate-file-name"), ""));
    }

    private void addCertificate() {
        browser.findElement(By.id("certificate-form:certificate-add")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("certificate-dialog")));
    }

    private void upload(String field, Path file) {
        wait.ignoring(StaleElementReferenceException.class).until(page -> {
            page.findElement(By.id("certificate-form:" + field + "_input"))
                    .sendKeys(file.toAbsolutePath().toString());
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("certificate-form:" + field + "-name"), file.getFileName().toString()));
    }

    private void next() {
        browser.findElement(By.id("wizard:steps_next")).click();
    }

    private void addSecret(String secretId, String value) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("wizard:add-secret")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret-form:secret-id")));
        assertThat(browser.findElement(By.id("secret-form:secret-value")).getAttribute("value"))
                .isEmpty();
        replaceText(By.id("secret-form:secret-id"), secretId);
        browser.findElement(By.id("secret-form:secret-value")).sendKeys(value);
        replaceText(By.id("secret-form:secret-expires_input"), "2099-01-01");
        browser.findElement(By.cssSelector("#secret-dialog .ui-dialog-title")).click();
        browser.findElement(By.id("secret-form:secret-add")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("secret-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard:credential"), secretId));
    }

    private void replaceText(By field, String text) {
        browser.findElement(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private void move(SimSku sku, String list, String button) {
        browser.findElement(By.cssSelector(list + " li.ui-picklist-item[data-item-value='" + sku.skuId() + "']"))
                .click();
        browser.findElement(By.cssSelector("[id='wizard:excludedSkuIds'] " + button))
                .click();
    }
}
