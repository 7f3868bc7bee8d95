package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.SimSubscription;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Licence management and the task monitor in headless Chromium: recalculate completely from the
 * page. Other test classes share the database and leave portals whose tenants do not exist or whose
 * credentials fail; this test deletes them first, so Recalculate completely imports its portal alone
 * and must succeed.
 */
class LicenceManagementPageIT extends DeployedPlugin {

    private String pages() {
        return "http://127.0.0.1:" + deployment.getPort() + "/m365/";
    }

    /** Sorted before every generated name, so both are on the first page of consumers. */
    private static final String DIRECT_HOLDER = "Aaa Direct";

    private static final String GROUP_HOLDER = "Aaa Group";

    private ChromeDriver browser;
    private WebDriverWait wait;

    @Test
    void recalculatingCompletelyFromThePageShowsTheTenantsStatuses() throws Exception {
        deleteEveryPortal();
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(6_006, 120, 6));
        String name = "Pages " + System.nanoTime();
        PluginClient.Reply created = client.post(
                "api/portals", TestPortals.forTenant(name, tenant).build().toString(), Login.ADMIN);
        assertThat(created.status()).isEqualTo(201);
        long portalId = created.json().getJsonNumber("id").longValue();
        SimSku e3 = tenant.read(t -> t.skus().stream()
                .filter(s -> s.partNumber().equals("SPE_E3"))
                .findFirst()
                .orElseThrow());
        List<SimSku> others = tenant.read(t -> t.skus().stream()
                .filter(s -> s != e3)
                .sorted(Comparator.comparingInt(SimSku::consumed).reversed())
                .toList());
        SimSku under = others.get(0);
        SimSku over = others.get(1);
        SimSku toExclude = others.get(2);
        tenant.assign(
                tenant.addUser(DIRECT_HOLDER, "aaa.direct@" + tenant.domain(), "Sales")
                        .id(),
                e3.skuId(),
                null);
        tenant.assign(
                tenant.addUser(GROUP_HOLDER, "aaa.group@" + tenant.domain(), "Sales")
                        .id(),
                e3.skuId(),
                "5b7c4a2e-1f3d-4e6a-9c8b-0d1e2f3a4b5c");
        tenant.updateSku(e3.skuId(), e3.consumed(), 0, 0, 0, "Enabled");
        tenant.updateSku(under.skuId(), under.consumed() - 2, 0, 0, 0, "Enabled");
        tenant.updateSku(over.skuId(), over.consumed() + 3, 0, 0, 0, "Enabled");

        browser = Browser.open();
        try {
            wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(pages() + "licences/licences.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            Browser.signIn(browser, "it-admin", "it-admin-pw");
            wait.until(ExpectedConditions.urlContains("licences/licences.xhtml"));

            browser.findElement(By.id("licences:recalculate")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("licences:progress")));
            Browser.screenshot(browser, "licences-recalculating");
            new WebDriverWait(browser, Duration.ofMinutes(4))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("licences:progress")));
            assertThat(browser.findElement(By.id("licences:messages")).getText())
                    .contains("Recalculated completely.")
                    .doesNotContain("could not be imported");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("licences:table"), name));
            assertThat(row(name, e3)).containsExactly(e3.consumed() + "", e3.consumed() + "", "0", "Compliant");
            assertThat(row(name, under))
                    .containsExactly(under.consumed() - 2 + "", under.consumed() + "", "-2", "Under-licensed");
            assertThat(row(name, over))
                    .containsExactly(over.consumed() + 3 + "", over.consumed() + "", "3", "Over-licensed");
            assertThat(browser.findElement(By.id("licences:table")).getText()).contains(name + " Microsoft 365 E3");
            Browser.screenshot(browser, "licences");
            showsTheComingChangesThePluginReports();
            showsTheLifecyclesThePluginReports(name);
            showsTheConsumersOf(tenant, e3, name);
            showsTheSubscriptionsOf(name, e3);
            String e3Product = name + " Microsoft 365 E3";
            excludeAndDeleteTheUnsynchronisedProduct(portalId, name, toExclude);
            String folder = dragToANewFolderAndImport(portalId, name, e3Product);

            browser.get(pages() + "monitor/tasks.xhtml");
            wait.until(ExpectedConditions.urlContains("monitor/tasks.xhtml"));
            assertThat(browser.findElement(By.xpath("(//tbody[@id='monitor:runs_data']/tr[td[1][normalize-space()="
                                    + "'Recalculate completely']])[1]"))
                            .getText())
                    .containsPattern("Succeeded \\d+ / \\d+ licences created / updated");
            assertThat(browser.findElement(By.id("monitor:schedule")).getText())
                    .contains("Import")
                    .contains("switched off");
            browser.findElement(By.id("monitor:runs:portal:filter")).sendKeys(name);
            By rows = By.cssSelector("[id='monitor:runs_data'] > tr");
            wait.until(ExpectedConditions.numberOfElementsToBe(rows, 2));
            assertThat(browser.findElements(rows))
                    .extracting(WebElement::getText)
                    .allMatch(
                            run -> run.startsWith("Import now " + name)
                                    && run.contains("Succeeded")
                                    && run.matches(
                                            "(?s).*Full import \\(every user\\) · \\d+ Graph requests, \\d+ resource units, 0 throttled.*"));
            Browser.screenshot(browser, "monitor");

            browser.findElement(By.id("sign-out")).click();
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            browser.get(pages() + "licences/licences.xhtml");
            Browser.signIn(browser, "it-viewer", "it-viewer-pw");
            wait.until(ExpectedConditions.urlContains("licences/licences.xhtml"));
            assertThat(browser.findElements(By.id("licences:recalculate"))).isEmpty();
            assertThat(browser.findElement(By.id("licences:table")).getText()).contains(name);
            browser.findElement(By.id("nav-products")).click();
            wait.until(ExpectedConditions.urlContains("licences/products.xhtml"));
            assertThat(browser.findElements(By.id("products:create-folder"))).isEmpty();
            String dragKey = browser.findElement(By.xpath("//li[./div//span[normalize-space()='" + e3Product + "']]"))
                    .getAttribute("data-rowkey");
            assertThat(Browser.forgedPost(
                            browser,
                            "jakarta.faces.partial.ajax=true&jakarta.faces.source=products%3Atree"
                                    + "&jakarta.faces.partial.execute=products%3Atree&jakarta.faces.behavior.event=dragdrop&jakarta.faces.partial.event=dragdrop"
                                    + "&products=products&products%3Atree_dragdrop=true&products%3Atree_dragNode="
                                    + dragKey
                                    + "&products%3Atree_dragSource=products%3Atree&products%3Atree_dropNode=0&products%3Atree_dndIndex=0"
                                    + "&products%3Atree_isDroppedNodeCopy=false"))
                    .isEqualTo(403);
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("products:tree")));
            assertThat(Browser.productsInFolder(browser, folder)).containsExactly(e3Product);
        } catch (Throwable failure) {
            Browser.keepEvidence(browser, "licence-management");
            throw failure;
        } finally {
            browser.quit();
        }
    }

    /** Leaves only this test's portal to import; the licences of the deleted ones stay, unsynchronised. */
    private void deleteEveryPortal() {
        client.get("api/portals", Login.ADMIN).jsonArray().stream()
                .map(p -> p.asJsonObject().getJsonNumber("id").longValue())
                .forEach(id -> assertThat(
                                client.delete("api/portals/" + id, Login.ADMIN).status())
                        .isEqualTo(204));
    }

    /** Owned, consumed, balance and status of a licence as its row shows them. */
    private List<String> row(String source, SimSku sku) {
        return browser
                .findElements(By.xpath(licenceRow(source, sku) + "/td[position() >= 5 and position() <= 8]"))
                .stream()
                .map(cell -> cell.getText().lines().findFirst().orElse(""))
                .toList();
    }

    private static String licenceRow(String source, SimSku sku) {
        return licenceRow(source, sku.partNumber());
    }

    private static String licenceRow(String source, String skuPartNumber) {
        return "//tbody[@id='licences:table_data']/tr[td[normalize-space()='" + source
                + "']][td/div[normalize-space()='" + skuPartNumber + "']]";
    }

    /**
     * The coming-changes panel lists exactly what {@code GET /api/renewals} reports for the
     * installation's window (30 days in the tests), in its order: every other portal was deleted, so
     * these are this tenant's.
     */
    private void showsTheComingChangesThePluginReports() {
        List<JsonObject> changes = client.get("api/renewals", Login.VIEWER).jsonArray().stream()
                .map(JsonObject.class::cast)
                .toList();
        Map<Long, String> sources = client.get("api/licences", Login.VIEWER).jsonArray().stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.toMap(l -> l.getJsonNumber("licenceId").longValue(), l -> l.getString("source")));
        assertThat(browser.findElement(By.id("coming-changes-heading")).getText())
                .isEqualTo("Coming changes (next 30 days)");
        By rows = By.cssSelector("[id='licences:comingChanges_data'] > tr");
        assertThat(changes)
                .as("the generated tenant's trial ends within 30 days")
                .isNotEmpty();
        List<List<String>> expected = changes.stream()
                .map(c -> List.of(
                        day(c.getString("at")),
                        EVENTS.get(c.getString("event")),
                        c.getString("title"),
                        sources.get(c.getJsonNumber("licenceId").longValue()),
                        Integer.toString(c.getInt("seats")),
                        c.getString("subscriptionId")))
                .toList();
        List<List<String>> shown = browser.findElements(rows).stream()
                .map(row -> {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    return List.of(
                            cells.get(0).getText(),
                            cells.get(1).getText(),
                            cells.get(2).getText().lines().findFirst().orElse(""),
                            cells.get(3).getText(),
                            cells.get(4).getText(),
                            cells.get(5).findElement(By.cssSelector(".m365-id")).getAttribute("title"));
                })
                .toList();
        assertThat(shown).isEqualTo(expected);
        Browser.screenshot(browser, "coming-changes");
    }

    /**
     * Each of the portal's licences shows the lifecycle and next change {@code GET /api/licences}
     * reports; filtering the lifecycle column on one that is not "Active" leaves the licences in it.
     */
    private void showsTheLifecyclesThePluginReports(String source) {
        List<JsonObject> licences = client.get("api/licences", Login.VIEWER).jsonArray().stream()
                .map(JsonObject.class::cast)
                .filter(l -> l.getString("source").equals(source))
                .toList();
        assertThat(licences).hasSize(6);
        Map<String, List<String>> expected = licences.stream()
                .collect(Collectors.toMap(
                        l -> l.getString("skuPartNumber"),
                        l -> List.of(
                                text(l, "lifecycle") == null ? "" : LIFECYCLES.get(text(l, "lifecycle")),
                                text(l, "nextLifecycleAt") == null
                                        ? ""
                                        : day(text(l, "nextLifecycleAt")) + "\n"
                                                + EVENTS.get(text(l, "nextLifecycleEvent")))));
        Map<String, List<String>> shown = licences.stream()
                .map(l -> l.getString("skuPartNumber"))
                .collect(Collectors.toMap(
                        sku -> sku,
                        sku -> browser
                                .findElements(
                                        By.xpath(licenceRow(source, sku) + "/td[position() >= 9 and position() <= 10]"))
                                .stream()
                                .map(WebElement::getText)
                                .toList()));
        assertThat(shown).isEqualTo(expected);
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.id("licences:table")));
        Browser.screenshot(browser, "licences-lifecycle");

        String notActive = licences.stream()
                .map(l -> text(l, "lifecycle"))
                .filter(l -> l != null && !l.equals("ACTIVE"))
                .sorted()
                .findFirst()
                .orElseThrow();
        List<String> filtered = licences.stream()
                .filter(l -> notActive.equals(text(l, "lifecycle")))
                .map(l -> l.getString("skuPartNumber"))
                .toList();
        browser.findElement(By.id("licences:table:lifecycle:filter")).sendKeys(LIFECYCLES.get(notActive));
        By sourceRows = By.xpath("//tbody[@id='licences:table_data']/tr[td[normalize-space()='" + source + "']]");
        wait.until(ExpectedConditions.numberOfElementsToBe(sourceRows, filtered.size()));
        assertThat(browser.findElements(By.xpath(
                        "//tbody[@id='licences:table_data']/tr[td[normalize-space()='" + source + "']]/td[3]/div")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrderElementsOf(filtered);
        Browser.screenshot(browser, "licences-filtered-by-lifecycle");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("licences:table"), source));
    }

    /** The expanded licence lists the subscriptions {@code GET /api/licences/{id}/subscriptions} reports. */
    private void showsTheSubscriptionsOf(String source, SimSku sku) {
        long licenceId = client.get("api/licences", Login.VIEWER).jsonArray().stream()
                .map(JsonObject.class::cast)
                .filter(l -> l.getString("source").equals(source)
                        && l.getString("skuPartNumber").equals(sku.partNumber()))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("licenceId")
                .longValue();
        List<String> ids = client.get("api/licences/" + licenceId + "/subscriptions", Login.VIEWER).jsonArray().stream()
                .map(s -> s.asJsonObject().getString("subscriptionId"))
                .toList();
        assertThat(ids)
                .containsExactlyInAnyOrderElementsOf(
                        sku.subscriptions().stream().map(SimSubscription::id).toList());
        assertThat(browser.findElements(
                        By.cssSelector("tr.ui-expanded-row-content .m365-subscriptions tbody tr td:first-child")))
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(ids);
    }

    private static final Map<String, String> LIFECYCLES = Map.of(
            "ACTIVE", "Active",
            "TRIAL", "Trial",
            "GRACE_PERIOD", "Grace period",
            "SUSPENDED", "Suspended",
            "LOCKED_OUT", "Locked out");

    private static final Map<String, String> EVENTS = Map.of(
            "RENEWAL", "Renewal",
            "TRIAL_END", "Trial ends",
            "GRACE_PERIOD_END", "Grace period ends",
            "DELETION", "Deletion");

    /** A moment the REST API reports as the page shows it: its day in UTC. */
    private static String day(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** A string property, null when JSON-B left it out for being null. */
    private static String text(JsonObject object, String name) {
        return object.containsKey(name) && !object.isNull(name) ? object.getString(name) : null;
    }

    /** Expands a licence's row: the consumers listed are the tenant's users holding it. */
    private void showsTheConsumersOf(Tenant tenant, SimSku sku, String source) {
        Set<String> holders = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted())
                .filter(u -> u.assignments().stream().anyMatch(a -> a.skuId().equals(sku.skuId())))
                .map(SimUser::displayName)
                .collect(Collectors.toSet()));
        browser.findElement(By.xpath(licenceRow(source, sku) + "//div[contains(@class,'ui-row-toggler')]"))
                .click();
        By names = By.cssSelector("tr.ui-expanded-row-content .m365-consumers tbody tr td:first-child");
        assertThat(holders).hasSizeGreaterThan(10);
        wait.until(ExpectedConditions.numberOfElementsToBe(names, 10));
        List<String> firstPage =
                browser.findElements(names).stream().map(WebElement::getText).toList();
        assertThat(firstPage).allMatch(holders::contains).startsWith(DIRECT_HOLDER, GROUP_HOLDER);
        assertThat(assignedVia(DIRECT_HOLDER)).isEqualTo("directly");
        assertThat(assignedVia(GROUP_HOLDER)).isEqualTo("through a group");
        assertThat(browser.findElement(By.cssSelector("tr.ui-expanded-row-content"))
                        .getText())
                .contains("Consumers of Microsoft 365 E3")
                .contains("1–10 of " + holders.size());
        browser.findElement(By.cssSelector("tr.ui-expanded-row-content .ui-paginator-next"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr.ui-expanded-row-content"),
                "11–" + Math.min(20, holders.size()) + " of " + holders.size()));
        List<String> secondPage =
                browser.findElements(names).stream().map(WebElement::getText).toList();
        assertThat(secondPage).allMatch(holders::contains).doesNotContainAnyElementsOf(firstPage);
        Browser.screenshot(browser, "licence-consumers");
    }

    /** The Assigned cell of a consumer in the expanded licence's first page. */
    private String assignedVia(String displayName) {
        return browser.findElement(By.xpath(
                        "//tr[contains(@class,'ui-expanded-row-content')]//table/tbody/tr[td[1][normalize-space()='"
                                + displayName + "']]//span[contains(@class,'m365-assigned')]"))
                .getText();
    }

    /**
     * Edits the portal to exclude a licence it imported (the page warns first), imports it, and
     * deletes the product that can no longer be synchronised.
     */
    private void excludeAndDeleteTheUnsynchronisedProduct(long portalId, String name, SimSku sku) {
        browser.get(pages() + "settings/portals.xhtml?portal=" + portalId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("portals:edit")))
                .click();
        wait.until(ExpectedConditions.urlContains("portal-edit.xhtml"));
        assertThat(browser.findElement(By.id("edit:tabs:name")).getAttribute("value"))
                .isEqualTo(name);
        browser.findElement(By.xpath("//a[normalize-space()='Exclusions']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("ul.ui-picklist-source li[data-item-value='" + sku.skuId() + "']")))
                .click();
        browser.findElement(By.cssSelector("[id='edit:tabs:excludedSkuIds'] .ui-picklist-button-add"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("edit:tabs:exclusion-notice"), "cannot be synchronised"));
        Browser.screenshot(browser, "portal-edit");
        browser.findElement(By.id("edit:save")).click();
        wait.until(ExpectedConditions.urlContains("settings/portals.xhtml"));
        assertThat(browser.findElement(By.id("portals:messages")).getText())
                .contains("saved")
                .contains("cannot be synchronised");
        assertThat(browser.findElement(By.id("portals:detail-exclusions")).getText())
                .isEqualTo("1");
        browser.findElement(By.id("portals:import")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("portals:messages"), "Imported '" + name + "'"));

        browser.findElement(By.id("nav-products")).click();
        wait.until(ExpectedConditions.urlContains("licences/products.xhtml"));
        WebElement product = browser.findElement(By.xpath(
                "//li[contains(@class,'ui-treenode-leaf')][./div//span[contains(normalize-space(),'cannot be synchronised')]]"
                        + "//span[contains(@class,'m365-product')][starts-with(normalize-space(), '" + name + " ')]"));
        String productName = product.getText();
        product.click();
        wait.until(ExpectedConditions.textToBe(By.id("products:product-sync"), "Cannot be synchronised"));
        assertThat(browser.findElement(By.id("products:details")).getText())
                .contains("excluded from the portal's import");
        browser.findElement(By.id("products:delete-product")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("products:confirm-yes")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("products:product-messages"), "deleted"));
        assertThat(Browser.productsInFolder(browser, name)).hasSize(5).doesNotContain(productName);
        assertThat(client.get("api/products", Login.VIEWER).body()).doesNotContain(productName);
    }

    /** Drags a product to a new folder inside its portal's folder; the next import leaves it there. */
    private String dragToANewFolderAndImport(long portalId, String portalName, String productName) {
        String folder = "Moved " + System.nanoTime();
        browser.findElement(By.xpath("//span[contains(@class,'m365-folder')][normalize-space()='" + portalName + "']"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("products:product-name"), portalName));
        browser.findElement(By.id("products:create-folder")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("products:name-message"), "A folder name has 1 to"));
        browser.findElement(By.xpath("//span[contains(@class,'m365-folder')][normalize-space()='" + portalName + "']"))
                .click();
        // the selection redraws the form: the cleared message says the new input is in place
        wait.until(ExpectedConditions.textToBe(By.id("products:name-message"), ""));
        wait.until(ExpectedConditions.textToBe(By.id("products:product-name"), portalName));
        browser.findElement(By.id("products:name")).sendKeys(folder);
        browser.findElement(By.id("products:create-folder")).click();
        By folderLabel = By.xpath("//span[contains(@class,'m365-folder')][normalize-space()='" + folder + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(folderLabel));
        WebElement product = browser.findElement(
                By.xpath("//span[contains(@class,'m365-product')][normalize-space()='" + productName + "']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", product);
        new Actions(browser)
                .clickAndHold(product)
                .moveByOffset(8, 8)
                .moveToElement(browser.findElement(folderLabel))
                .moveByOffset(2, 2)
                .release()
                .perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("products:product-messages"), folder + "; imports leave it there"));
        assertThat(Browser.productsInFolder(browser, folder)).containsExactly(productName);
        Browser.screenshot(browser, "products-moved");
        Map<String, Object> malformed = Browser.forgedPostAnswer(
                browser,
                "jakarta.faces.partial.ajax=true&jakarta.faces.source=products%3Atree"
                        + "&jakarta.faces.partial.execute=products%3Atree&jakarta.faces.behavior.event=dragdrop"
                        + "&jakarta.faces.partial.event=dragdrop&jakarta.faces.partial.render=products&products=products"
                        + "&products%3Atree_dragdrop=true&products%3Atree_dragNode=99_99_99"
                        + "&products%3Atree_dragSource=products%3Atree&products%3Atree_dropNode=nowhere"
                        + "&products%3Atree_dndIndex=first&products%3Atree_isDroppedNodeCopy=false");
        assertThat(malformed.get("status")).isEqualTo(200L);
        assertThat((String) malformed.get("body"))
                .contains("could not read what your browser sent")
                .doesNotContain("Exception");

        browser.get(pages() + "settings/portals.xhtml?portal=" + portalId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("portals:import")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portals:messages"), "Imported"));
        browser.findElement(By.id("nav-products")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(folderLabel));
        assertThat(Browser.productsInFolder(browser, folder)).containsExactly(productName);
        return folder;
    }
}
