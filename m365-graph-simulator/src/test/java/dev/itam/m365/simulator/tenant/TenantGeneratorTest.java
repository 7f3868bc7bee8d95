package dev.itam.m365.simulator.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantGeneratorTest {

    /** An afternoon, so that dates show they are taken from the start of the day. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T13:45:10Z"), ZoneOffset.UTC);

    private static final Instant TODAY = Instant.parse("2026-03-15T00:00:00Z");

    private static Instant day(int offset) {
        return TODAY.plus(offset, ChronoUnit.DAYS);
    }

    private static List<SimSku> skus(TenantSpec spec) {
        Tenant tenant = TenantGenerator.generate(spec, CLOCK);
        return tenant.read(t -> List.copyOf(t.skus()));
    }

    private static String fingerprintOfSubscriptions(Tenant tenant) {
        return tenant.read(t -> t.skus().stream()
                .flatMap(k -> k.subscriptions().stream()
                        .map(s -> k.skuId()
                                + s.id()
                                + s.commerceSubscriptionId()
                                + s.status()
                                + s.totalLicenses()
                                + s.trial()
                                + s.createdAt()
                                + s.nextLifecycleAt()))
                .toList()
                .toString());
    }

    private static List<String> fingerprint(Tenant tenant) {
        return tenant.read(t -> t.userSlots().stream()
                .map(u -> u.id() + u.displayName() + u.userPrincipalName() + u.accountEnabled() + u.assignments())
                .toList());
    }

    @Test
    void theSameSpecGivesTheSameTenant() {
        Tenant first = TenantGenerator.generate(TenantSpec.of(42, 500, 10));
        Tenant second = TenantGenerator.generate(TenantSpec.of(42, 500, 10));
        Tenant other = TenantGenerator.generate(TenantSpec.of(43, 500, 10));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(fingerprint(second)).isEqualTo(fingerprint(first));
        assertThat(second.apps().iterator().next().firstSecret())
                .isEqualTo(first.apps().iterator().next().firstSecret());
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(fingerprint(other)).isNotEqualTo(fingerprint(first));
    }

    @Test
    void theSameSpecAndDayGiveTheSameSubscriptions() {
        Tenant first = TenantGenerator.generate(TenantSpec.of(42, 500, 12), CLOCK);
        Tenant second = TenantGenerator.generate(TenantSpec.of(42, 500, 12), CLOCK);
        Tenant other = TenantGenerator.generate(TenantSpec.of(43, 500, 12), CLOCK);

        assertThat(fingerprintOfSubscriptions(second)).isEqualTo(fingerprintOfSubscriptions(first));
        assertThat(fingerprintOfSubscriptions(other)).isNotEqualTo(fingerprintOfSubscriptions(first));
    }

    /** Pinned from the generator before subscriptions were modelled: ids and users stay as they were. */
    @Test
    void idsUsersAndSeatsStayAsTheyWereBeforeSubscriptions() {
        Tenant tenant = TenantGenerator.generate(TenantSpec.of(1, 200, 12), CLOCK);
        List<SimSku> skus = tenant.read(t -> List.copyOf(t.skus()));
        AppRegistration app = tenant.apps().iterator().next();

        assertThat(skus.get(0).subscriptions().get(0).id()).isEqualTo("71c18690-ee42-490b-b1bb-54d8d101b5b9");
        assertThat(skus.get(11).subscriptions().get(0).id()).isEqualTo("f55540b2-bff0-4252-a028-52925a4dc852");
        assertThat(skus).extracting(SimSku::enabled).containsExactly(60, 54, 0, 9, 8, 6, 6, 12, 7, 0, 0, 1);
        assertThat(skus.get(2).warning()).isEqualTo(66);
        assertThat(skus.get(9).lockedOut()).isEqualTo(9);
        assertThat(skus.get(10).suspended()).isEqualTo(5);
        assertThat(app.secrets()).hasSize(1);
        assertThat(TenantGenerator.generate(TenantSpec.of(1, 200, 12))
                        .apps()
                        .iterator()
                        .next()
                        .firstSecret())
                .isEqualTo(app.firstSecret());
    }

    @Test
    void theFirstSkuIsSplitOverTwoEnabledSubscriptionsOneRenewingSoon() {
        SimSku first = skus(TenantSpec.of(1, 200, 12)).get(0);

        assertThat(first.subscriptions()).hasSize(2);
        SimSubscription old = first.subscriptions().get(0);
        SimSubscription renewed = first.subscriptions().get(1);
        assertThat(first.subscriptions()).extracting(SimSubscription::status).containsOnly("Enabled");
        assertThat(old.totalLicenses()).isEqualTo(40);
        assertThat(renewed.totalLicenses()).isEqualTo(20);
        assertThat(first.enabled()).isEqualTo(60);
        assertThat(old.createdAt()).isEqualTo(day(-340));
        assertThat(old.nextLifecycleAt()).isEqualTo(day(25));
        assertThat(renewed.createdAt()).isEqualTo(day(-100));
        assertThat(renewed.nextLifecycleAt()).isEqualTo(day(265));
        assertThat(renewed.id()).isNotEqualTo(old.id());
        assertThat(first.capabilityStatus()).isEqualTo("Enabled");
    }

    @Test
    void slotsHaveTheirSubscriptions() {
        List<SimSku> skus = skus(TenantSpec.of(1, 200, 12));

        SimSubscription trial = only(skus.get(1));
        assertThat(trial.trial()).isTrue();
        assertThat(trial.status()).isEqualTo("Enabled");
        assertThat(trial.createdAt()).isEqualTo(day(-15));
        assertThat(trial.nextLifecycleAt()).isEqualTo(day(15));

        SimSku warning = skus.get(2);
        assertThat(only(warning).status()).isEqualTo("Warning");
        assertThat(only(warning).createdAt()).isEqualTo(day(-380));
        assertThat(only(warning).nextLifecycleAt()).isEqualTo(day(12));
        assertThat(warning.capabilityStatus()).isEqualTo("Warning");
        assertThat(warning.enabled()).isZero();
        assertThat(warning.warning()).isEqualTo(66).isEqualTo(only(warning).totalLicenses());

        SimSku free = skus.get(8);
        assertThat(only(free).status()).isEqualTo("Enabled");
        assertThat(only(free).nextLifecycleAt()).isNull();

        SimSku lockedOut = skus.get(9);
        assertThat(only(lockedOut).status()).isEqualTo("LockedOut");
        assertThat(only(lockedOut).nextLifecycleAt()).isEqualTo(day(45));
        assertThat(lockedOut.capabilityStatus()).isEqualTo("LockedOut");
        assertThat(lockedOut.enabled()).isZero();
        assertThat(lockedOut.lockedOut()).isEqualTo(9);

        SimSku suspended = skus.get(10);
        assertThat(only(suspended).status()).isEqualTo("Suspended");
        assertThat(only(suspended).nextLifecycleAt()).isEqualTo(day(60));
        assertThat(suspended.capabilityStatus()).isEqualTo("Suspended");
        assertThat(suspended.enabled()).isZero();
        assertThat(suspended.suspended()).isEqualTo(5);

        SimSku company = skus.get(11);
        assertThat(company.appliesTo()).isEqualTo(AppliesTo.COMPANY);
        assertThat(only(company).totalLicenses()).isEqualTo(1);
        assertThat(company.enabled()).isEqualTo(1);
    }

    @Test
    void ordinarySubscriptionsRenewOnTheirNextAnniversary() {
        List<SimSku> skus = skus(TenantSpec.of(5, 300, 28));
        List<SimSubscription> ordinary = List.of(3, 4, 5, 6, 7, 11, 20).stream()
                .map(i -> only(skus.get(i)))
                .toList();

        assertThat(ordinary).allSatisfy(s -> {
            long age = ChronoUnit.DAYS.between(s.createdAt(), TODAY);
            long untilNext = ChronoUnit.DAYS.between(TODAY, s.nextLifecycleAt());
            assertThat(s.status()).isEqualTo("Enabled");
            assertThat(s.trial()).isFalse();
            assertThat(age).isBetween(30L, 700L);
            assertThat(untilNext).isBetween(1L, 365L);
            assertThat((age + untilNext) % 365).isZero();
            assertThat(s.createdAt().truncatedTo(ChronoUnit.DAYS)).isEqualTo(s.createdAt());
        });
        assertThat(ordinary).extracting(SimSubscription::createdAt).doesNotHaveDuplicates();
    }

    @Test
    void smallTenantsHaveOnlyTheSlotsTheyHaveRoomFor() {
        assertThat(skus(TenantSpec.of(2, 20, 1)).get(0).subscriptions()).hasSize(1);
        List<SimSku> three = skus(TenantSpec.of(2, 20, 3));
        assertThat(three.get(0).subscriptions()).hasSize(2);
        assertThat(three).extracting(SimSku::capabilityStatus).containsOnly("Enabled");
        assertThat(three.get(1).subscriptions().get(0).trial()).isFalse();
        List<SimSku> nine = skus(TenantSpec.of(2, 200, 9));
        assertThat(nine)
                .extracting(SimSku::capabilityStatus)
                .containsExactly(
                        "Enabled",
                        "Enabled",
                        "Warning",
                        "Enabled",
                        "Enabled",
                        "Enabled",
                        "LockedOut",
                        "Suspended",
                        "Enabled");
        assertThat(nine.stream().flatMap(s -> s.subscriptions().stream()))
                .allSatisfy(s -> assertThat(s.nextLifecycleAt()).isNotNull());
    }

    @Test
    void prepaidUnitsSumTheSubscriptionsByStatusAndDeletedCountsNowhere() {
        SimSku sku = skus(TenantSpec.of(2, 20, 3)).get(0);
        SimSubscription first = sku.subscriptions().get(0);
        SimSubscription second = sku.subscriptions().get(1);
        first.status = "Deleted";
        second.status = "Suspended";

        assertThat(sku.enabled()).isZero();
        assertThat(sku.suspended()).isEqualTo(second.totalLicenses());
        assertThat(sku.capabilityStatus()).isEqualTo("Suspended");
        second.status = "Deleted";
        assertThat(sku.capabilityStatus()).isEqualTo("Deleted");
        first.status = "LockedOut";
        assertThat(sku.capabilityStatus()).isEqualTo("LockedOut");
        assertThat(sku.lockedOut()).isEqualTo(first.totalLicenses());
        second.status = "Warning";
        assertThat(sku.capabilityStatus()).isEqualTo("Warning");
        second.status = "Enabled";
        assertThat(sku.capabilityStatus()).isEqualTo("Enabled");
    }

    private static SimSubscription only(SimSku sku) {
        assertThat(sku.subscriptions()).as(sku.partNumber()).hasSize(1);
        return sku.subscriptions().get(0);
    }

    @Test
    void consumedUnitsMatchAssignments() {
        Tenant tenant = TenantGenerator.generate(TenantSpec.of(7, 3_000, 12));
        Map<String, Integer> holders = new HashMap<>();
        tenant.read(t -> {
            t.userSlots().forEach(u -> u.assignments().forEach(a -> holders.merge(a.skuId(), 1, Integer::sum)));
            return null;
        });
        tenant.read(t -> {
            t.skus()
                    .forEach(s ->
                            assertThat(s.consumed()).as(s.partNumber()).isEqualTo(holders.getOrDefault(s.skuId(), 0)));
            return null;
        });
    }

    @Test
    void tenantsLookLikeRealOnes() {
        Tenant tenant = TenantGenerator.generate(TenantSpec.of(1, 5_000, 12));
        List<SimUser> users = tenant.read(t -> List.copyOf(t.userSlots()));
        List<SimSku> skus = tenant.read(t -> List.copyOf(t.skus()));

        assertThat(users).hasSize(5_000).extracting(SimUser::id).doesNotHaveDuplicates();
        assertThat(users.stream().filter(u -> !u.accountEnabled()).count()).isBetween(150L, 400L);
        assertThat(users.stream().filter(u -> u.assignments().isEmpty()).count())
                .isBetween(350L, 650L);
        assertThat(users.stream()
                        .flatMap(u -> u.assignments().stream())
                        .filter(a -> a.groupId() != null)
                        .count())
                .isPositive();
        assertThat(users).allSatisfy(u -> assertThat(u.userPrincipalName()).endsWith("@" + tenant.domain()));
        assertThat(skus).extracting(SimSku::appliesTo).contains(AppliesTo.COMPANY);
        assertThat(skus).extracting(SimSku::capabilityStatus).contains("Enabled", "Warning", "Suspended", "LockedOut");
        assertThat(skus)
                .anySatisfy(s -> assertThat(s.subscriptions().get(0).trial()).isTrue());
        assertThat(skus).anySatisfy(s -> assertThat(s.enabled()).isGreaterThan(s.consumed()));
        assertThat(skus)
                .anySatisfy(
                        s -> assertThat(s.enabled()).isLessThan(s.consumed()).isPositive());
        assertThat(skus)
                .anySatisfy(s -> assertThat(s.enabled()).isEqualTo(s.consumed()).isPositive());
    }

    @Test
    void twoHundredThousandUsersAreGenerated() {
        Tenant tenant = TenantGenerator.generate(TenantSpec.of(2, 200_000, 20));
        assertThat(tenant.read(Tenant::liveUserCount)).isEqualTo(200_000);
    }
}
