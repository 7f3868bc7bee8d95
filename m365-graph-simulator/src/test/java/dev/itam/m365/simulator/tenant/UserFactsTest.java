package dev.itam.m365.simulator.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The user facts of generated tenants: spread, determinism, and everything drawn before left as it was. */
class UserFactsTest {

    private static final Instant NOW = Instant.parse("2026-03-15T13:45:10Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Instant TODAY = Instant.parse("2026-03-15T00:00:00Z");

    private static Tenant generate(long seed, int users, int skus) {
        return TenantGenerator.generate(TenantSpec.of(seed, users, skus), CLOCK);
    }

    private static List<SimUser> users(Tenant tenant) {
        return tenant.read(t -> List.copyOf(t.userSlots()));
    }

    private static List<SimSku> skus(Tenant tenant) {
        return tenant.read(t -> List.copyOf(t.skus()));
    }

    private static long count(List<SimUser> users, Predicate<SimUser> wanted) {
        return users.stream().filter(wanted).count();
    }

    private static long daysAgo(Instant at) {
        return Duration.between(at, NOW).toDays();
    }

    private static Instant latest(SimUser user) {
        Instant interactive = user.lastSignInAt();
        Instant other = user.lastNonInteractiveSignInAt();
        if (interactive == null) {
            return other;
        }
        return other == null || interactive.isAfter(other) ? interactive : other;
    }

    /** Only non-interactive sign-ins lately: one within 7 days, the interactive one never or over 90 days ago. */
    private static boolean onlyNonInteractiveLately(SimUser user) {
        Instant other = user.lastNonInteractiveSignInAt();
        Instant interactive = user.lastSignInAt();
        return other != null && daysAgo(other) < 7 && (interactive == null || daysAgo(interactive) > 90);
    }

    private static List<SimUser.AssignmentState> states(List<SimUser> users, LicenseState state) {
        return users.stream()
                .flatMap(u -> u.assignmentStates().stream())
                .filter(s -> s.state() == state)
                .toList();
    }

    @Test
    void factsAreSpreadLikeARealTenants() {
        List<SimUser> users = users(generate(1, 5_000, 12));

        assertThat(count(users, u -> u.userType() == UserType.GUEST)).isBetween(120L, 280L);
        assertThat(users).allSatisfy(u -> assertThat(daysAgo(u.createdAt())).isBetween(0L, 2000L));
        assertThat(count(users, u -> daysAgo(u.createdAt()) < 20)).isBetween(150L, 350L);
        assertThat(count(users, u -> daysAgo(u.createdAt()) > 1000)).isBetween(2_000L, 3_000L);
        assertThat(count(users, SimUser::neverSignedIn)).isBetween(300L, 550L);
        assertThat(count(users, u -> u.neverSignedIn() && u.lastSuccessfulSignInAt() != null))
                .isZero();
        assertThat(count(users, u -> latest(u) != null && daysAgo(latest(u)) > 90))
                .isBetween(1_000L, 1_500L);
        assertThat(count(users, u -> latest(u) != null && daysAgo(latest(u)) > 180))
                .isBetween(450L, 850L);
        assertThat(count(users, UserFactsTest::onlyNonInteractiveLately)).isBetween(350L, 650L);
        assertThat(count(users, u -> latest(u) != null && !latest(u).equals(u.lastSuccessfulSignInAt())))
                .isBetween(100L, 400L);
        assertThat(users).allSatisfy(u -> {
            for (Instant at :
                    new Instant[] {u.lastSignInAt(), u.lastNonInteractiveSignInAt(), u.lastSuccessfulSignInAt()}) {
                if (at != null) {
                    assertThat(at).isAfterOrEqualTo(u.createdAt()).isBeforeOrEqualTo(TODAY);
                }
            }
            if (u.lastSuccessfulSignInAt() != null) {
                assertThat(u.lastSuccessfulSignInAt()).isBeforeOrEqualTo(latest(u));
            }
            assertThat(u.assignmentStates())
                    .allSatisfy(s -> assertThat(s.lastUpdatedAt()).isAfterOrEqualTo(u.createdAt()));
        });
    }

    @Test
    void theSameSpecAndDayGiveTheSameFacts() {
        assertThat(facts(generate(42, 800, 10))).isEqualTo(facts(generate(42, 800, 10)));
        assertThat(facts(generate(43, 800, 10))).isNotEqualTo(facts(generate(42, 800, 10)));
    }

    private static List<String> facts(Tenant tenant) {
        return users(tenant).stream()
                .map(u -> u.userType() + " " + u.createdAt() + " " + u.lastSignInAt() + " "
                        + u.lastNonInteractiveSignInAt() + " " + u.lastSuccessfulSignInAt() + " "
                        + u.assignmentStates())
                .toList();
    }

    /**
     * Fingerprints taken from the generator before user facts (commit 074792a) with the same function:
     * ids, names, assignments, consumption, subscriptions and the app's secret are what they were.
     */
    @ParameterizedTest
    @CsvSource({
        "42, 500, 10, 255c3e5af3603317635004762936f55a7aa52a4a52b1422f0898b4f631da980a",
        "7, 3000, 12, 04617fb314ca39eb785debc51f84d15e722014f68f5acd7e637f2483e13ad126",
        "2, 20, 3, d6052e0055edae54294f174e4ac42dbcdb633ac0e69ffb34e08d05ae7c22f4b4",
        "12004, 80, 5, d0dad1b49fb96ea148ac04163f63a07082fc865d974439b099254d4fb2c7c2ba",
        "3, 2500, 10, ee6b59a6bc2aab03af97aa4ec7ccfa201f3562cc29b2adf3f7ae5a4d641141b1",
        "8, 350, 8, 6e84cca3d8ae8fc6781373e748448acec2efdef6c09a61311dd39a56cc8c0a4a"
    })
    void everythingDrawnBeforeUserFactsStaysAsItWas(long seed, int users, int skus, String before) throws Exception {
        assertThat(fingerprint(generate(seed, users, skus), "")).isEqualTo(before);
    }

    /**
     * The demo tenants held too few licences twice over, so holders of SPE_E5 got ENTERPRISEPREMIUM:
     * apart from that SKU's holders and consumption they are what they were; its seats did not move.
     */
    @ParameterizedTest
    @CsvSource({
        // users, fingerprint before without ENTERPRISEPREMIUM, its consumption before and now, its seats
        "200, b500877bf464579640f54578b703660355663245ec0bf08707e4cc2aaa11a646, 4, 6, 9",
        "250, 27943f4786728583801a80fc5d2757c7a7474ec2f3b58ef550e9dd8420bd8690, 5, 6, 10"
    })
    void theDemoTenantsDifferOnlyInTheLicencesAddedToHoldTwiceOver(
            int users, String before, int consumedBefore, int consumedNow, int seats) throws Exception {
        Tenant tenant = generate(1, users, 12);
        SimSku office = sku(tenant, "ENTERPRISEPREMIUM");

        assertThat(fingerprint(tenant, "ENTERPRISEPREMIUM")).isEqualTo(before);
        assertThat(office.consumed()).isEqualTo(consumedNow).isGreaterThan(consumedBefore);
        assertThat(office.enabled()).isEqualTo(seats);
        assertThat(holdersOfBoth(tenant, "SPE_E5", "ENTERPRISEPREMIUM")).isEqualTo(2);
    }

    private static SimSku sku(Tenant tenant, String partNumber) {
        return skus(tenant).stream()
                .filter(s -> s.partNumber().equals(partNumber))
                .findFirst()
                .orElseThrow();
    }

    private static long holdersOfBoth(Tenant tenant, String bigger, String smaller) {
        String big = sku(tenant, bigger).skuId();
        String small = sku(tenant, smaller).skuId();
        return count(users(tenant), u -> u.holds(big) && u.holds(small));
    }

    /** Everything the generator drew before user facts, the SKU {@code withoutPart} names left out. */
    static String fingerprint(Tenant tenant, String withoutPart) throws Exception {
        StringBuilder text = new StringBuilder();
        List<SimSku> skus = skus(tenant);
        String without = skus.stream()
                .filter(s -> s.partNumber().equals(withoutPart))
                .map(SimSku::skuId)
                .findFirst()
                .orElse("-");
        text.append(tenant.id())
                .append('|')
                .append(tenant.domain())
                .append('|')
                .append(tenant.displayName())
                .append('\n');
        for (SimUser u : users(tenant)) {
            text.append(String.join(
                    "|",
                    u.id(),
                    u.displayName(),
                    u.givenName(),
                    u.surname(),
                    u.userPrincipalName(),
                    String.valueOf(u.mail()),
                    u.department(),
                    u.jobTitle(),
                    u.usageLocation(),
                    String.valueOf(u.accountEnabled())));
            for (SimUser.Assignment a : u.assignments()) {
                if (!a.skuId().equals(without)) {
                    text.append('|').append(a.skuId()).append(':').append(a.groupId());
                }
            }
            text.append('\n');
        }
        for (SimSku s : skus) {
            text.append(s.skuId())
                    .append('|')
                    .append(s.partNumber())
                    .append('|')
                    .append(s.appliesTo())
                    .append('|')
                    .append(s.skuId().equals(without) ? "-" : String.valueOf(s.consumed()));
            for (SimSubscription x : s.subscriptions()) {
                text.append('|')
                        .append(String.join(
                                ",",
                                x.id(),
                                x.commerceSubscriptionId(),
                                x.status(),
                                String.valueOf(x.totalLicenses()),
                                String.valueOf(x.trial()),
                                String.valueOf(x.createdAt()),
                                String.valueOf(x.nextLifecycleAt())));
            }
            text.append('\n');
        }
        AppRegistration app = tenant.apps().iterator().next();
        text.append(app.clientId())
                .append('|')
                .append(app.firstSecret().secretId())
                .append('|')
                .append(app.firstSecret().value());
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void failedGroupAssignmentsAreNotHeldAndCountNowhere() {
        Tenant tenant = generate(1, 5_000, 12);
        List<SimUser> users = users(tenant);
        List<SimSku> skus = skus(tenant);
        Map<String, Long> holders = users.stream()
                .flatMap(u -> u.assignments().stream())
                .collect(Collectors.groupingBy(SimUser.Assignment::skuId, Collectors.counting()));

        assertThat(skus)
                .allSatisfy(s -> assertThat((long) s.consumed())
                        .as(s.partNumber())
                        .isEqualTo(holders.getOrDefault(s.skuId(), 0L)));
        assertThat(users)
                .allSatisfy(u -> u.assignmentStates().stream()
                        .filter(s -> !s.state().held())
                        .forEach(s -> {
                            assertThat(u.holds(s.skuId())).isFalse();
                            assertThat(u.assignments())
                                    .extracting(SimUser.Assignment::skuId)
                                    .doesNotContain(s.skuId());
                            assertThat(s.groupId()).isNotNull();
                        }));
        assertThat(states(users, LicenseState.ERROR))
                .extracting(SimUser.AssignmentState::error)
                .contains(
                        LicenseError.COUNT_VIOLATION,
                        LicenseError.MUTUALLY_EXCLUSIVE_VIOLATION,
                        LicenseError.DEPENDENCY_VIOLATION,
                        LicenseError.PROHIBITED_IN_USAGE_LOCATION_VIOLATION,
                        LicenseError.UNIQUENESS_VIOLATION,
                        LicenseError.OTHER)
                .doesNotContain(LicenseError.NONE);
        assertThat(states(users, LicenseState.ACTIVE_WITH_ERROR))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.groupId()).isNotNull())
                .extracting(SimUser.AssignmentState::error)
                .doesNotContain(LicenseError.NONE);
        assertThat(states(users, LicenseState.ACTIVE))
                .extracting(SimUser.AssignmentState::error)
                .containsOnly(LicenseError.NONE);
    }

    /** Count violations are the users a short SKU's group could not license: those SKUs and no other. */
    @Test
    void countViolationsBelongToSkusWithFewerSeatsThanHolders() {
        Tenant tenant = generate(1, 5_000, 12);
        List<SimSku> skus = skus(tenant);
        Set<String> tooFewSeats = skus.stream()
                .filter(s -> s.appliesTo() == AppliesTo.USER && s.enabled() + s.warning() < s.consumed())
                .map(SimSku::skuId)
                .collect(Collectors.toSet());

        assertThat(tooFewSeats).isNotEmpty();
        assertThat(states(users(tenant), LicenseState.ERROR).stream()
                        .filter(s -> s.error() == LicenseError.COUNT_VIOLATION)
                        .map(SimUser.AssignmentState::skuId)
                        .collect(Collectors.toSet()))
                .isEqualTo(tooFewSeats);
    }

    @Test
    void smallTenantsHaveOnlyTheFactsChanceGives() {
        Tenant tenant = generate(2, 20, 3);
        List<SimUser> users = users(tenant);

        assertThat(states(users, LicenseState.ERROR))
                .extracting(SimUser.AssignmentState::error)
                .containsOnly(LicenseError.COUNT_VIOLATION);
        assertThat(users).allSatisfy(u -> assertThat(u.createdAt()).isBefore(TODAY));
    }

    /** The demo's tenant (seed 1, 200 or 250 users, 12 SKUs) shows each case the licence pages explain. */
    @ParameterizedTest
    @CsvSource({"200", "250"})
    void theDemoTenantShowsEveryCase(int size) {
        Tenant tenant = generate(1, size, 12);
        List<SimUser> users = users(tenant);
        String paid = skus(tenant).get(0).skuId();

        assertThat(users).anySatisfy(u -> {
            assertThat(u.userType()).isEqualTo(UserType.GUEST);
            assertThat(u.holds(paid)).isTrue();
        });
        assertThat(count(users, u -> !u.assignments().isEmpty() && latest(u) != null && daysAgo(latest(u)) > 90))
                .isPositive();
        assertThat(count(users, u -> !u.assignments().isEmpty() && u.neverSignedIn()))
                .isPositive();
        assertThat(count(users, UserFactsTest::onlyNonInteractiveLately)).isPositive();
        assertThat(states(users, LicenseState.ERROR))
                .extracting(SimUser.AssignmentState::error)
                .contains(LicenseError.COUNT_VIOLATION);
        assertThat(holdersOfBoth(tenant, "SPE_E5", "ENTERPRISEPREMIUM")).isGreaterThanOrEqualTo(2);
    }

    /** Every plan of the smaller SKU is one of the bigger one's, by the catalogue: the pair is really redundant. */
    @Test
    void theBuiltInCatalogueHasSuitesContainingOtherSkus() {
        Map<String, CatalogueSku> byPart =
                SkuCatalogue.builtIn().skus().stream().collect(Collectors.toMap(CatalogueSku::partNumber, s -> s));

        assertThat(plans(byPart.get("SPE_E5"))).containsAll(plans(byPart.get("ENTERPRISEPREMIUM")));
        assertThat(plans(byPart.get("SPE_E3")))
                .containsAll(plans(byPart.get("ENTERPRISEPACK")))
                .hasSizeGreaterThan(plans(byPart.get("ENTERPRISEPACK")).size());
    }

    private static List<String> plans(CatalogueSku sku) {
        return sku.servicePlans().stream()
                .map(CatalogueSku.ServicePlan::servicePlanId)
                .toList();
    }
}
