package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.SimSubscription;
import dev.itam.m365.simulator.tenant.SubscriptionChange;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seats, statuses and subscription lifecycle against a generated tenant that has every state a real
 * one has: two subscriptions behind one SKU, a trial, a SKU in its grace period, one locked out, one
 * suspended, a free SKU without dates and one that applies to the company. Expectations come from the
 * simulator's own subscriptions, dated relative to today.
 */
class LifecycleIT extends DeployedPlugin {

    private PortalImports imports;

    @BeforeEach
    void imports() {
        imports = new PortalImports(client);
    }

    /** Ten SKUs: the generator's layout puts every lifecycle state in them. */
    private static final int SKUS = 10;

    private static final int TWO_SUBSCRIPTIONS = 0;
    private static final int TRIAL = 1;
    private static final int GRACE_PERIOD = 2;
    private static final int FREE = SKUS - 4;
    private static final int LOCKED_OUT = SKUS - 3;
    private static final int SUSPENDED = SKUS - 2;
    private static final int COMPANY = SKUS - 1;

    @Test
    void everySeatStateAndLifecycleFigureByFigure() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(12_001, 300, SKUS));
        List<SimSku> skus = PortalImports.skus(tenant);
        SimSku grace = skus.get(GRACE_PERIOD);
        SimSubscription graceSubscription = grace.subscriptions().get(0);
        tenant.updateSubscription(
                graceSubscription.id(), new SubscriptionChange(null, grace.consumed() + 10, null, null, null, false));
        long portalId = imports.importedPortal(tenant, "Lifecycle");
        skus = PortalImports.skus(tenant);
        Map<String, JsonObject> licences = imports.licences(portalId);
        assertThat(licences).hasSize(SKUS);

        for (SimSku sku : skus) {
            JsonObject licence = licences.get(sku.skuId());
            JsonObject seats = licence.getJsonObject("seats");
            assertThat(seats.getInt("enabled")).as(sku.partNumber()).isEqualTo(sku.enabled());
            assertThat(seats.getInt("warning")).as(sku.partNumber()).isEqualTo(sku.warning());
            assertThat(seats.getInt("suspended")).as(sku.partNumber()).isEqualTo(sku.suspended());
            assertThat(seats.getInt("lockedOut")).as(sku.partNumber()).isEqualTo(sku.lockedOut());
            assertThat(licence.getInt("owned")).as(sku.partNumber()).isEqualTo(sku.enabled() + sku.warning());
            assertThat(licence.getInt("consumed")).as(sku.partNumber()).isEqualTo(sku.consumed());
        }

        JsonObject inGrace = licences.get(grace.skuId());
        assertThat(grace.enabled()).isZero();
        assertThat(inGrace.getInt("owned")).isEqualTo(grace.consumed() + 10);
        assertThat(inGrace.getInt("available")).isEqualTo(10);
        assertThat(inGrace.getString("status")).isEqualTo("OVER_LICENSED");
        assertLifecycle(inGrace, "GRACE_PERIOD", graceSubscription.nextLifecycleAt(), "GRACE_PERIOD_END");

        SimSku suspended = skus.get(SUSPENDED);
        assertThat(suspended.consumed())
                .as("users still hold the suspended SKU")
                .isPositive();
        JsonObject inactive = licences.get(suspended.skuId());
        assertThat(inactive.getInt("owned")).isZero();
        assertThat(inactive.getString("status")).isEqualTo("SUBSCRIPTION_INACTIVE");
        assertLifecycle(inactive, "SUSPENDED", suspended.subscriptions().get(0).nextLifecycleAt(), "DELETION");

        SimSku lockedOut = skus.get(LOCKED_OUT);
        assertThat(lockedOut.consumed())
                .as("users still hold the locked-out SKU")
                .isPositive();
        JsonObject locked = licences.get(lockedOut.skuId());
        assertThat(locked.getString("status")).isEqualTo("SUBSCRIPTION_INACTIVE");
        assertLifecycle(locked, "LOCKED_OUT", lockedOut.subscriptions().get(0).nextLifecycleAt(), "DELETION");

        JsonObject company = licences.get(skus.get(COMPANY).skuId());
        assertThat(company.getString("appliesTo")).isEqualTo("COMPANY");
        assertThat(company.getString("status")).isEqualTo("TENANT_WIDE");

        SimSku trial = skus.get(TRIAL);
        SimSubscription trialSubscription = trial.subscriptions().get(0);
        assertThat(trialSubscription.nextLifecycleAt())
                .isEqualTo(trialSubscription.createdAt().plus(Duration.ofDays(30)));
        assertLifecycle(licences.get(trial.skuId()), "TRIAL", trialSubscription.nextLifecycleAt(), "TRIAL_END");

        JsonObject free = licences.get(skus.get(FREE).skuId());
        assertThat(free.getString("lifecycle")).isEqualTo("ACTIVE");
        assertThat(absent(free, "nextLifecycleAt")).isTrue();
        assertThat(absent(free, "nextLifecycleEvent")).isTrue();

        SimSku twice = skus.get(TWO_SUBSCRIPTIONS);
        Instant earliest = twice.subscriptions().stream()
                .map(SimSubscription::nextLifecycleAt)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        JsonObject both = licences.get(twice.skuId());
        assertLifecycle(both, "ACTIVE", earliest, "RENEWAL");
        Reply subscriptions = client.get(
                "api/licences/" + both.getJsonNumber("licenceId").longValue() + "/subscriptions", Login.VIEWER);
        assertThat(subscriptions.status()).isEqualTo(200);
        assertThat(subscriptions.jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .map(s -> s.getString("subscriptionId") + " " + s.getString("status") + " " + s.getInt("seats")
                                + " " + s.getBoolean("trial") + " " + Instant.parse(s.getString("nextLifecycleAt"))
                                + " " + s.getString("nextEvent"))
                        .sorted()
                        .toList())
                .containsExactlyElementsOf(twice.subscriptions().stream()
                        .map(s ->
                                s.id() + " ENABLED " + s.totalLicenses() + " false " + s.nextLifecycleAt() + " RENEWAL")
                        .sorted()
                        .toList());
    }

    @Test
    void renewalsListEveryComingChangeOfThePortalWithinTheWindowByDate() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(12_002, 150, SKUS));
        long portalId = imports.importedPortal(tenant, "Renewals");
        Instant now = Instant.now();

        for (int days : new int[] {30, 400}) {
            Reply renewals = client.get("api/renewals?within=P" + days + "D", Login.VIEWER);
            assertThat(renewals.status()).as(renewals.body()).isEqualTo(200);
            List<JsonObject> ours = renewals.jsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(c -> c.getJsonNumber("portalId").longValue() == portalId)
                    .toList();
            assertThat(ours.stream().map(c -> Instant.parse(c.getString("at"))).toList())
                    .as("earliest first")
                    .isSortedAccordingTo(Comparator.naturalOrder());
            assertThat(ours.stream()
                            .map(c -> c.getString("subscriptionId") + " " + c.getString("event") + " "
                                    + Instant.parse(c.getString("at")) + " " + c.getInt("seats") + " "
                                    + c.getString("skuPartNumber"))
                            .sorted()
                            .toList())
                    .as("within %d days", days)
                    .containsExactlyElementsOf(expectedChanges(tenant, now, Duration.ofDays(days)));
        }
        Reply defaultWindow = client.get("api/renewals", Login.VIEWER);
        assertThat(defaultWindow.jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(c -> c.getJsonNumber("portalId").longValue() == portalId)
                        .map(c -> c.getString("event"))
                        .collect(Collectors.toSet()))
                .as("the trial ends, the grace period ends and a renewal fall within the default 30 days")
                .contains("TRIAL_END", "GRACE_PERIOD_END", "RENEWAL");

        Reply wrong = client.get("api/renewals?within=30", Login.VIEWER);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("within", "P30D");
    }

    @Test
    void aChangeOfASubscriptionReachesItsLicenceWithTheNextImport() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(12_003, 120, SKUS));
        long portalId = imports.importedPortal(tenant, "Renewed");
        SimSku grace = PortalImports.skus(tenant).get(GRACE_PERIOD);
        assertThat(imports.licences(portalId).get(grace.skuId()).getString("lifecycle"))
                .isEqualTo("GRACE_PERIOD");
        Instant renewedUntil =
                LocalDate.now(ZoneOffset.UTC).plusDays(365).atStartOfDay().toInstant(ZoneOffset.UTC);

        tenant.updateSubscription(
                grace.subscriptions().get(0).id(),
                new SubscriptionChange("Enabled", null, null, null, renewedUntil, false));
        imports.importOk(portalId);

        JsonObject renewed = imports.licences(portalId).get(grace.skuId());
        assertLifecycle(renewed, "ACTIVE", renewedUntil, "RENEWAL");
        assertThat(renewed.getJsonObject("seats").getInt("warning")).isZero();
        assertThat(renewed.getInt("owned"))
                .isEqualTo(PortalImports.skus(tenant).get(GRACE_PERIOD).enabled());
    }

    @Test
    void anAppThatMayNotReadSubscriptionsStillImportsAndSaysWhatIsMissing() {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(12_004, 80, 5));
        tenant.apps().iterator().next().grantPermissions(List.of("LicenseAssignment.Read.All", "User.Read.All"));
        long portalId = imports.createPortal(tenant, "No subscriptions");

        JsonObject run = imports.importOk(portalId);

        assertThat(run.getString("notice")).contains("subscriptions", "403", "Organization.Read.All");
        Reply portal = client.get("api/portals/" + portalId, Login.VIEWER);
        assertThat(portal.json().getString("importNotice")).isEqualTo(run.getString("notice"));
        Map<String, JsonObject> licences = imports.licences(portalId);
        assertThat(licences).hasSize(5);
        assertThat(licences.values().stream()
                        .mapToInt(l -> l.getInt("consumed"))
                        .sum())
                .isEqualTo(PortalImports.skus(tenant).stream()
                        .mapToInt(SimSku::consumed)
                        .sum());
        JsonObject grace =
                licences.get(PortalImports.skus(tenant).get(GRACE_PERIOD).skuId());
        assertThat(grace.getString("lifecycle")).as("from the SKU's status").isEqualTo("GRACE_PERIOD");
        assertThat(absent(grace, "nextLifecycleAt")).isTrue();
        Reply subscriptions = client.get(
                "api/licences/" + grace.getJsonNumber("licenceId").longValue() + "/subscriptions", Login.VIEWER);
        assertThat(subscriptions.jsonArray()).isEmpty();
    }

    /** What the plugin should list, from the simulator's subscriptions: "id EVENT at seats PART", sorted. */
    private static List<String> expectedChanges(Tenant tenant, Instant now, Duration within) {
        return PortalImports.skus(tenant).stream()
                .flatMap(sku -> sku.subscriptions().stream()
                        .filter(s -> s.nextLifecycleAt() != null
                                && !s.nextLifecycleAt().isBefore(now)
                                && !s.nextLifecycleAt().isAfter(now.plus(within)))
                        .map(s -> s.id() + " " + event(s) + " " + s.nextLifecycleAt() + " " + s.totalLicenses() + " "
                                + sku.partNumber()))
                .sorted()
                .toList();
    }

    private static String event(SimSubscription subscription) {
        return switch (subscription.status()) {
            case "Enabled" -> subscription.trial() ? "TRIAL_END" : "RENEWAL";
            case "Warning" -> "GRACE_PERIOD_END";
            case "Suspended", "LockedOut" -> "DELETION";
            default -> throw new AssertionError("no change expected for " + subscription.status());
        };
    }

    private static void assertLifecycle(JsonObject licence, String lifecycle, Instant nextAt, String event) {
        assertThat(licence.getString("lifecycle"))
                .as(licence.getString("skuPartNumber"))
                .isEqualTo(lifecycle);
        assertThat(Instant.parse(licence.getString("nextLifecycleAt")))
                .as(licence.getString("skuPartNumber"))
                .isEqualTo(nextAt);
        assertThat(licence.getString("nextLifecycleEvent"))
                .as(licence.getString("skuPartNumber"))
                .isEqualTo(event);
    }

    /** The REST API leaves null fields out. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }
}
