package dev.itam.m365.simulator.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Builds a tenant from a {@link TenantSpec}. The shape mimics real tenants: one to three suites
 * hold most seats, add-ons are rarer, about one user in ten has no licence, one in twenty is
 * disabled, a fifth of the licences come through groups; seat figures are set around consumption
 * so that some SKUs have spare seats, some exactly enough and some too few.
 *
 * <p>A SKU's seats are the licences of its subscriptions. Dates are days before or after today
 * (00:00 UTC by the clock given); "anniversary" is the next multiple of 365 days after creation
 * that lies after today. With {@code n} SKUs, the slots are:
 * <ul>
 *   <li>{@code skus[0]} ({@code n >= 3}): two Enabled subscriptions, the seat figure split about
 *       2/3 + 1/3 (both at least 1 when the figure is at least 2): one created 340 days ago
 *       renewing in 25 days, one created 100 days ago renewing in 265 days;</li>
 *   <li>{@code skus[1]} ({@code n >= 5}): a trial, created 15 days ago, ending in 15 days;</li>
 *   <li>{@code skus[2]} ({@code n >= 5}): one Warning subscription with the whole figure,
 *       created 380 days ago, its grace period ending in 12 days;</li>
 *   <li>{@code skus[n-1]} ({@code n >= 5}): applies to the company, no users, one licence;</li>
 *   <li>{@code skus[n-2]} ({@code n >= 6}): one Suspended subscription, deleted in 60 days;</li>
 *   <li>{@code skus[n-3]} ({@code n >= 9}): one LockedOut subscription, deleted in 45 days;</li>
 *   <li>{@code skus[n-4]} ({@code n >= 10}): a free SKU, Enabled without a next lifecycle date;</li>
 *   <li>every other SKU: one Enabled subscription created 30 to 700 days ago, renewing on its
 *       anniversary.</li>
 * </ul>
 * Dates and the ids of extra subscriptions come from a random stream of their own, so that ids,
 * users, assignments and seat figures are what they were before subscriptions were modelled.
 *
 * <p>User facts come from a third stream ({@link UserFacts}), drawn after all of the above, so that
 * they change nothing drawn before except where said. Times are to the second, before today
 * (00:00 UTC by the clock given), never before the user's creation:
 * <ul>
 *   <li>{@code userType}: about one user in 25 is a Guest; from 50 users on, at least one guest
 *       holds {@code skus[0]}, a paid SKU (a holder drawn becomes a guest);</li>
 *   <li>{@code createdDateTime}: 1 to 2000 days ago, one user in 20 within the last 20 days;
 *       held licences were assigned then ({@code lastUpdatedDateTime});</li>
 *   <li>{@code signInActivity}, one profile per user: 8 % never signed in (all null); 10 %
 *       non-interactive sign-ins only lately (within 7 days; interactive never or 91 to 730 days
 *       ago); 14 % last active 181 to 730 days ago; 12 % 91 to 180 days ago; the rest signed in
 *       interactively within 30 days, three in four also non-interactively within 7. The last
 *       successful sign-in is the latest attempt, in one case in 20 the other kind (or none) because
 *       the latest failed, and none before December 2023, when Microsoft began recording it;</li>
 *   <li>{@code disabledPlans}: one held licence in 50 has one of its user plans switched off (SKUs
 *       with two or more);</li>
 *   <li>a licence held twice over: from 50 users on, at least two users hold a SKU and another whose
 *       service plans are all among the first's (computed from the catalogue's plans; with the
 *       built-in one {@code SPE_E5} and {@code ENTERPRISEPREMIUM}, 4 or more SKUs). Where the
 *       assignments above give fewer, holders of the bigger SKU drawn here get the smaller one
 *       directly, if it has the spare seats: its seats stay, its consumption grows by the users
 *       added (seed 1 with 200 users and 12 SKUs: 2, with 250: 1);</li>
 *   <li>{@code ActiveWithError}: one group licence in 100 (at least one from 50 users on), held and
 *       counted, with DependencyViolation, MutuallyExclusiveViolation or Other;</li>
 *   <li>{@code Error} states, not held and not counted: for each user SKU with fewer seats (Enabled
 *       and Warning) than holders, one to three users without it whose group licence found no seat,
 *       CountViolation; from 50 users and 5 SKUs on, one more each with MutuallyExclusiveViolation,
 *       DependencyViolation, ProhibitedInUsageLocationViolation, UniquenessViolation and Other. Each
 *       comes through the SKU's group and lies within the last 30 days.</li>
 * </ul>
 */
public final class TenantGenerator {

    private static final String[] COMPANIES = {
        "Contoso", "Fabrikam", "Northwind Traders", "Adatum", "Tailspin Toys", "Woodgrove Bank", "Litware", "Proseware"
    };
    private static final String[] GIVEN_NAMES = {
        "Adele",
        "Alex",
        "Allan",
        "Diego",
        "Grady",
        "Henrietta",
        "Isaiah",
        "Johanna",
        "Joni",
        "Lee",
        "Lidia",
        "Lynne",
        "Megan",
        "Miriam",
        "Nestor",
        "Patti",
        "Pradeep",
        "Sakura",
        "Ana",
        "Jonas",
        "Fatima",
        "Chen",
        "Olga",
        "Kwame"
    };
    private static final String[] SURNAMES = {
        "Vance",
        "Wilber",
        "Deyoung",
        "Zeng",
        "Archie",
        "Mueller",
        "Langer",
        "Lund",
        "Sherman",
        "Gu",
        "Holloway",
        "Robbins",
        "Bowen",
        "Hunter",
        "Fernandes",
        "Gupta",
        "Sato",
        "Novak",
        "Okafor",
        "Larsen",
        "Haddad",
        "Petrova",
        "Silva",
        "Kowalski"
    };
    private static final String[] DEPARTMENTS = {
        "Sales",
        "Marketing",
        "Finance",
        "Engineering",
        "Operations",
        "Human Resources",
        "Legal",
        "Support",
        "Research",
        "IT"
    };
    private static final String[] JOB_TITLES = {
        "Manager", "Engineer", "Analyst", "Consultant", "Specialist", "Director", "Assistant", "Architect"
    };
    private static final String[] LOCATIONS = {"US", "DE", "GB", "FR", "NL", "BR", "IN", "JP"};
    private static final Instant FAR_FUTURE = Instant.parse("2099-12-31T00:00:00Z");
    private static final int SUITES = 3;
    private static final long YEAR_DAYS = 365;
    /** Seeds the stream of subscription dates apart from the tenant's main stream. */
    private static final long DATES_SALT = 0x5DB5C0FFEE1DL;
    /** Seeds the stream of user facts (type, creation, sign-ins, failed and extra assignments). */
    private static final long FACTS_SALT = 0x05E1F0AC7D0C5L;

    /** What a SKU's subscriptions look like, by its position in the tenant. */
    private enum Slot {
        SPLIT,
        TRIAL,
        WARNING,
        COMPANY,
        SUSPENDED,
        LOCKED_OUT,
        FREE,
        ORDINARY;

        static Slot of(int index, int skus) {
            if (index == 0 && skus >= 3) {
                return SPLIT;
            }
            if (skus >= 5 && index == 1) {
                return TRIAL;
            }
            if (skus >= 5 && index == 2) {
                return WARNING;
            }
            if (skus >= 5 && index == skus - 1) {
                return COMPANY;
            }
            if (skus >= 6 && index == skus - 2) {
                return SUSPENDED;
            }
            if (skus >= 9 && index == skus - 3) {
                return LOCKED_OUT;
            }
            return skus >= 10 && index == skus - 4 ? FREE : ORDINARY;
        }
    }

    private TenantGenerator() {}

    /** A tenant whose dates are relative to today by the system clock. */
    public static Tenant generate(TenantSpec spec) {
        return generate(spec, Clock.systemUTC());
    }

    /** A tenant whose dates are relative to today by {@code clock}, which its control API uses too. */
    public static Tenant generate(TenantSpec spec, Clock clock) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        String company = COMPANIES[(int) Math.floorMod(spec.seed(), (long) COMPANIES.length)];
        String domain = company.toLowerCase(Locale.ROOT).replace(" ", "") + spec.seed() + ".onmicrosoft.com";
        Tenant tenant = new Tenant(uuid(random), company, domain, clock);

        List<SimSku> skus = pickSkus(spec, random, tenant);
        List<String> groupIds = new ArrayList<>();
        skus.forEach(s -> groupIds.add(uuid(random)));
        for (int i = 0; i < spec.users(); i++) {
            addUser(tenant, i, skus, groupIds, random);
        }
        tenant.recountConsumption();
        int[] figures = seatFigures(skus, random);

        AppRegistration app = tenant.registerApp(uuid(random), "ITAM Microsoft 365 import");
        byte[] secret = new byte[30];
        random.nextBytes(secret);
        app.addSecret(new AppRegistration.Secret(
                uuid(random), "Sim~" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret), FAR_FUTURE));
        subscribe(skus, figures, new SplittableRandom(spec.seed() ^ DATES_SALT), tenant.today());
        int userSkus = companySkuIndex(skus) < 0 ? skus.size() : skus.size() - 1;
        UserFacts.draw(tenant, skus, groupIds, userSkus, new SplittableRandom(spec.seed() ^ FACTS_SALT));
        return tenant;
    }

    private static List<SimSku> pickSkus(TenantSpec spec, SplittableRandom random, Tenant tenant) {
        List<CatalogueSku> pool = new ArrayList<>(spec.catalogue().skus());
        List<SimSku> picked = new ArrayList<>();
        for (int i = 0; i < spec.skus(); i++) {
            boolean builtInOrder = spec.catalogue().size() <= 64;
            CatalogueSku choice = pool.remove(builtInOrder ? 0 : random.nextInt(pool.size()));
            random.nextInt(365); // once a creation day; drawn still so that the ids after it stay the same
            SimSku sku = new SimSku(choice);
            sku.subscriptions.add(
                    new SimSubscription(uuid(random), uuid(random), SeatState.ENABLED.status(), 0, Instant.EPOCH));
            picked.add(tenant.putSku(sku));
        }
        return picked;
    }

    private static void addUser(
            Tenant tenant, int index, List<SimSku> skus, List<String> groupIds, SplittableRandom random) {
        SimUser user = tenant.appendUser(uuid(random));
        user.givenName = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
        user.surname = SURNAMES[random.nextInt(SURNAMES.length)];
        user.displayName = user.givenName + " " + user.surname;
        user.userPrincipalName =
                (user.givenName + "." + user.surname + index).toLowerCase(Locale.ROOT) + "@" + tenant.domain();
        user.mail = random.nextInt(10) == 0 ? null : user.userPrincipalName;
        user.department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        user.jobTitle = JOB_TITLES[random.nextInt(JOB_TITLES.length)];
        user.usageLocation = LOCATIONS[random.nextInt(LOCATIONS.length)];
        user.accountEnabled = random.nextInt(20) != 0;
        if (random.nextInt(10) == 0) {
            return;
        }
        int userSkus = companySkuIndex(skus) < 0 ? skus.size() : skus.size() - 1;
        int suite = random.nextInt(Math.min(SUITES, userSkus));
        assign(user, suite, skus, groupIds, random);
        if (userSkus > SUITES && random.nextInt(10) < 3) {
            assign(user, SUITES + random.nextInt(userSkus - SUITES), skus, groupIds, random);
        }
    }

    private static void assign(
            SimUser user, int skuIndex, List<SimSku> skus, List<String> groupIds, SplittableRandom random) {
        String groupId = random.nextInt(5) == 0 ? groupIds.get(skuIndex) : null;
        // dated when the user's creation is known, from the stream of user facts
        user.states.add(SimUser.AssignmentState.active(skus.get(skuIndex).skuId(), groupId, Instant.EPOCH));
    }

    /** The SKU that applies to the whole company, or -1 when the tenant is too small for one. */
    private static int companySkuIndex(List<SimSku> skus) {
        return skus.size() >= 5 ? skus.size() - 1 : -1;
    }

    /** How many licences each SKU has, around its consumption. */
    private static int[] seatFigures(List<SimSku> skus, SplittableRandom random) {
        int[] figures = new int[skus.size()];
        for (int i = 0; i < skus.size(); i++) {
            int used = skus.get(i).consumed;
            figures[i] = switch (i % 4) {
                case 0 -> used + Math.max(1, used / 10);
                case 1 -> used;
                case 2 -> Math.max(0, used - Math.max(1, used / 20));
                default -> used + Math.max(5, used / 2);
            };
        }
        if (skus.size() >= 5) {
            figures[companySkuIndex(skus)] = 1;
            // once the warning SKU's extra seats; drawn still so that the app's ids after it stay the same
            random.nextInt(Math.max(1, figures[2] / 10 + 1));
        }
        return figures;
    }

    /** Lays out each SKU's subscriptions by its {@link Slot}; see the class comment. */
    private static void subscribe(List<SimSku> skus, int[] figures, SplittableRandom dates, Instant today) {
        for (int i = 0; i < skus.size(); i++) {
            SimSku sku = skus.get(i);
            SimSubscription first = sku.subscriptions.get(0);
            first.totalLicenses = figures[i];
            Slot slot = Slot.of(i, skus.size());
            switch (slot) {
                case SPLIT -> {
                    int second = figures[i] >= 2 ? Math.max(1, figures[i] / 3) : 0;
                    first.totalLicenses = figures[i] - second;
                    dated(first, today, -340, 25);
                    SimSubscription renewed =
                            new SimSubscription(uuid(dates), uuid(dates), SeatState.ENABLED.status(), second, today);
                    dated(renewed, today, -100, 265);
                    sku.subscriptions.add(renewed);
                }
                case TRIAL -> {
                    first.trial = true;
                    dated(first, today, -15, 15);
                }
                case WARNING -> {
                    first.status = SeatState.WARNING.status();
                    dated(first, today, -380, 12);
                }
                case SUSPENDED -> {
                    first.status = SeatState.SUSPENDED.status();
                    anniversary(first, today, dates);
                    first.nextLifecycleAt = day(today, 60);
                }
                case LOCKED_OUT -> {
                    first.status = SeatState.LOCKED_OUT.status();
                    anniversary(first, today, dates);
                    first.nextLifecycleAt = day(today, 45);
                }
                case FREE -> {
                    anniversary(first, today, dates);
                    first.nextLifecycleAt = null;
                }
                case COMPANY -> {
                    sku.appliesTo = AppliesTo.COMPANY;
                    anniversary(first, today, dates);
                }
                case ORDINARY -> anniversary(first, today, dates);
            }
        }
    }

    private static void dated(SimSubscription subscription, Instant today, int createdDay, int nextDay) {
        subscription.createdAt = day(today, createdDay);
        subscription.nextLifecycleAt = day(today, nextDay);
    }

    /** Created 30 to 700 days ago, renewing on its next anniversary after today. */
    private static void anniversary(SimSubscription subscription, Instant today, SplittableRandom dates) {
        int age = 30 + dates.nextInt(671);
        long periods = age / YEAR_DAYS + 1;
        subscription.createdAt = day(today, -age);
        subscription.nextLifecycleAt = subscription.createdAt.plus(Duration.ofDays(periods * YEAR_DAYS));
    }

    private static Instant day(Instant today, long offset) {
        return today.plus(offset, ChronoUnit.DAYS);
    }

    /** A version-4-shaped UUID drawn from the generator's random stream. */
    static String uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
