package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Licence management and the task monitor in headless Chromium: recalculate completely from the
 * page. Other test classes leave portals whose tenants do not exist, so the run may end with some
 * portals not imported; this test's portal is imported either way.
 */
class LicenceManagementPageIT extends DeployedPlugin {

    private String pages() {
        return "http://127.0.0.1:" + deployment.getPort() + "/m365/";
    }

    private static void signIn(ChromeDriver browser, String user, String password) {
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    @Test
    void recalculatingCompletelyFromThePageShowsTheTenantsStatuses() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(6_006, 120, 6));
        String name = "Pages " + System.nanoTime();
        assertThat(client.post("api/portals", TestPortals.forTenant(name, tenant).build().toString(), Login.ADMIN).status())
                .isEqualTo(201);

        ChromeDriver browser = Browser.open();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(pages() + "licences/licences.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            signIn(browser, "it-admin", "it-admin-pw");
            wait.until(ExpectedConditions.urlContains("licences/licences.xhtml"));

            browser.findElement(By.id("licences:recalculate")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("licences:progress")));
            Browser.screenshot(browser, "licences-recalculating");
            new WebDriverWait(browser, Duration.ofMinutes(4))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("licences:progress")));
            assertThat(browser.findElement(By.id("licences:messages")).getText())
                    .containsAnyOf("Recalculated completely.", "portals could not be imported");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("licences:table"), name));
            String table = browser.findElement(By.id("licences:table")).getText();
            assertThat(table).contains("COMPLIANT").contains("UNDER_LICENSED").contains("OVER_LICENSED")
                    .contains("Microsoft 365 E3").contains(name + " Microsoft 365 E3");
            Browser.screenshot(browser, "licences");

            browser.findElement(By.id("nav-monitor")).click();
            wait.until(ExpectedConditions.urlContains("monitor/tasks.xhtml"));
            assertThat(browser.findElement(By.id("monitor:runs")).getText()).contains("FULL_RECALCULATION")
                    .containsPattern("(SUCCEEDED|FAILED) \\d+ / \\d+ licences created / updated");
            assertThat(browser.findElement(By.id("monitor:schedule")).getText()).contains("IMPORT").contains("switched off");
            Browser.screenshot(browser, "monitor");

            browser.findElement(By.id("sign-out")).click();
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            browser.get(pages() + "licences/licences.xhtml");
            signIn(browser, "it-viewer", "it-viewer-pw");
            wait.until(ExpectedConditions.urlContains("licences/licences.xhtml"));
            assertThat(browser.findElements(By.id("licences:recalculate"))).isEmpty();
            assertThat(browser.findElement(By.id("licences:table")).getText()).contains(name);
        } finally {
            browser.quit();
        }
    }
}
