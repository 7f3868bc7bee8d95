package dev.itam.m365.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages at 1366×768, driven by its own chromedriver: nothing is
 * downloaded, and no background traffic leaves the machine.
 */
final class Browser {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {}

    static ChromeDriver open() throws IOException {
        return open(null);
    }

    /** A browser that saves what it downloads into {@code downloads} without asking; null: the default. */
    static ChromeDriver open(Path downloads) throws IOException {
        return open(downloads, null);
    }

    /**
     * A browser whose reader speaks {@code language} (its Accept-Language, e.g. {@code de-DE,de}); null:
     * Chromium's default, English.
     */
    static ChromeDriver inLanguage(String language) throws IOException {
        return open(null, language);
    }

    private static ChromeDriver open(Path downloads, String language) throws IOException {
        ChromeOptions options = new ChromeOptions();
        Map<String, Object> prefs = new java.util.HashMap<>();
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
        }
        if (language != null) {
            prefs.put("intl.accept_languages", language);
            options.addArguments("--lang=" + language.split(",")[0]);
        }
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--window-size=1366,768",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        // the window size includes the browser's own bars; the page itself gets exactly 1366×768
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
        if (downloads != null) {
            browser.executeCdpCommand(
                    "Browser.setDownloadBehavior",
                    Map.of(
                            "behavior",
                            "allow",
                            "downloadPath",
                            downloads.toAbsolutePath().toString()));
        }
        return browser;
    }

    /** The file the browser saved as {@code name} in {@code downloads}, once it is complete (a minute at most). */
    static byte[] downloaded(Path downloads, String name) throws IOException, InterruptedException {
        Path file = downloads.resolve(name);
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.exists(file) || Files.exists(downloads.resolve(name + ".crdownload"))) {
            if (Instant.now().isAfter(deadline)) {
                try (var listing = Files.list(downloads)) {
                    throw new AssertionError("No download " + name + " in " + listing.toList());
                }
            }
            Thread.sleep(100);
        }
        return Files.readAllBytes(file);
    }

    /** A GET of the page's origin with the browser's session cookie: {@code status}, {@code type}, {@code size}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> fetchWithSession(ChromeDriver browser, String url) {
        return (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b =>"
                        + " done({status: r.status, type: r.headers.get('Content-Type'), size: b.byteLength})));",
                url);
    }

    static void signIn(ChromeDriver browser, String user, String password) {
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    /** Posts a form of the current page the way a hand-made request would, and returns the status. */
    static long forgedPost(ChromeDriver browser, String body) {
        return (Long) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const state = document.querySelector('input[name=\"jakarta.faces.ViewState\"]').value;"
                        + "fetch(location.pathname, {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                        + " body: arguments[0] + '&jakarta.faces.ViewState=' + encodeURIComponent(state)}).then(r => done(r.status));",
                body);
    }

    /** Like {@link #forgedPost}, with the answer's body: {@code status} and {@code body}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> forgedPostAnswer(ChromeDriver browser, String body) {
        return (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const state = document.querySelector('input[name=\"jakarta.faces.ViewState\"]').value;"
                        + "fetch(location.pathname, {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded',"
                        + " 'Faces-Request': 'partial/ajax'}, body: arguments[0] + '&jakarta.faces.ViewState='"
                        + " + encodeURIComponent(state)}).then(r => r.text().then(t => done({status: r.status, body: t})));",
                body);
    }

    /** The product names the product tree shows inside a folder, at any depth. */
    static List<String> productsInFolder(ChromeDriver browser, String folder) {
        return browser
                .findElements(
                        By.xpath("//li[contains(@class,'ui-treenode')][./div//span[contains(@class,'m365-folder')]"
                                + "[normalize-space()=" + xpathLiteral(folder)
                                + "]]//span[contains(@class,'m365-product')]"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /** Keeps the page as it was when a test failed: screenshot and HTML under target/screenshots/failed-*. */
    static void keepEvidence(ChromeDriver browser, String test) {
        try {
            screenshot(browser, "failed-" + test);
            Files.writeString(SCREENSHOTS.resolve("failed-" + test + ".html"), browser.getPageSource());
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not keep the failed page of " + test + ": " + e);
        }
    }

    static void screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(
                    browser.getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
