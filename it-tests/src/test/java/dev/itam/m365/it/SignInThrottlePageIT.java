package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Password guessing is refused once a user name has failed five times: the REST API answers 429 with
 * Retry-After even for the right password, and the login form says how long to wait. Only the user
 * {@code it-locked}, which no other test uses, is locked; its five failures keep 127.0.0.1 under the
 * address limit of 20, so the other users go on signing in from the same address.
 */
class SignInThrottlePageIT extends DeployedPlugin {

    private static final Login LOCKED = new Login("it-locked", "it-locked-pw");

    /** it-tests/pom.xml gives the servers of the integration tests a first lock of one minute; the refusal follows at once. */
    private static final long FIRST_LOCK_SECONDS = 60;

    @Test
    void fiveWrongPasswordsLockTheUserNameForTheApiAndTheLoginForm() throws Exception {
        assertThat(client.get("api/portals", LOCKED).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(client.get("api/portals", new Login(LOCKED.user(), "guess-" + i))
                            .status())
                    .isEqualTo(401);
        }

        Reply refused = client.get("api/portals", LOCKED);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(refused.retryAfter().orElseThrow());
        assertThat(retryAfter).isEqualTo(FIRST_LOCK_SECONDS);
        assertThat(refused.json().getInt("status")).isEqualTo(429);
        assertThat(refused.json().getString("detail"))
                .isEqualTo(
                        "Too many failed sign-ins for this user or address; try again in " + retryAfter + " seconds.");
        assertThat(client.get("api/portals", Login.VIEWER).status()).isEqualTo(200);

        ChromeDriver browser = Browser.open();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get("http://127.0.0.1:" + deployment.getPort() + "/m365/");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            Browser.signIn(browser, LOCKED.user(), LOCKED.password());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-locked")));
            assertThat(browser.findElement(By.id("login-locked")).getText())
                    .matches("Too many failed sign-ins for this user or address; try again in \\d+ seconds\\.");
            assertThat(browser.findElements(By.id("login-failed"))).isEmpty();
            Browser.screenshot(browser, "login-locked");

            Browser.signIn(browser, "it-viewer", "it-viewer-pw");
            wait.until(ExpectedConditions.urlContains("settings/portals.xhtml"));
        } catch (RuntimeException | AssertionError e) {
            Browser.keepEvidence(browser, "sign-in-throttle");
            throw e;
        } finally {
            browser.quit();
        }
    }
}
