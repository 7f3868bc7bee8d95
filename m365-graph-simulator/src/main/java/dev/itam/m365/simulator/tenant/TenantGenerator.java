package dev.itam.m365.simulator.tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Builds a tenant from a {@link TenantSpec}. The shape mimics real tenants: one to three suites
 * hold most seats, add-ons are rarer, about one user in ten has no licence, one in twenty is
 * disabled, a fifth of the licences come through groups; seat counts are set around consumption
 * so that some SKUs have spare seats, some exactly enough and some too few. With five SKUs or
 * more, one applies to the company and has no users, one is a trial, one carries warning seats;
 * with six or more, one is suspended.
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
    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("2099-12-31T00:00:00Z");
    private static final int SUITES = 3;

    private TenantGenerator() {}

    public static Tenant generate(TenantSpec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        String company = COMPANIES[(int) Math.floorMod(spec.seed(), (long) COMPANIES.length)];
        String domain = company.toLowerCase(Locale.ROOT).replace(" ", "") + spec.seed() + ".onmicrosoft.com";
        Tenant tenant = new Tenant(uuid(random), company, domain);

        List<SimSku> skus = pickSkus(spec, random, tenant);
        List<String> groupIds = new ArrayList<>();
        skus.forEach(s -> groupIds.add(uuid(random)));
        for (int i = 0; i < spec.users(); i++) {
            addUser(tenant, i, skus, groupIds, random);
        }
        tenant.recountConsumption();
        setSeats(skus, random);

        AppRegistration app = tenant.registerApp(uuid(random), "ITAM Microsoft 365 import");
        byte[] secret = new byte[30];
        random.nextBytes(secret);
        app.addSecret(new AppRegistration.Secret(
                uuid(random), "Sim~" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret), FAR_FUTURE));
        return tenant;
    }

    private static List<SimSku> pickSkus(TenantSpec spec, SplittableRandom random, Tenant tenant) {
        List<CatalogueSku> pool = new ArrayList<>(spec.catalogue().skus());
        List<SimSku> picked = new ArrayList<>();
        for (int i = 0; i < spec.skus(); i++) {
            boolean builtInOrder = spec.catalogue().size() <= 64;
            CatalogueSku choice = pool.remove(builtInOrder ? 0 : random.nextInt(pool.size()));
            Instant created = EPOCH.plus(Duration.ofDays(random.nextInt(365)));
            picked.add(tenant.putSku(new SimSku(choice, uuid(random), uuid(random), created)));
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
        user.assignments.add(new SimUser.Assignment(skus.get(skuIndex).skuId(), groupId));
    }

    /** The SKU that applies to the whole company, or -1 when the tenant is too small for one. */
    private static int companySkuIndex(List<SimSku> skus) {
        return skus.size() >= 5 ? skus.size() - 1 : -1;
    }

    private static void setSeats(List<SimSku> skus, SplittableRandom random) {
        for (int i = 0; i < skus.size(); i++) {
            SimSku sku = skus.get(i);
            int used = sku.consumed;
            sku.enabled = switch (i % 4) {
                case 0 -> used + Math.max(1, used / 10);
                case 1 -> used;
                case 2 -> Math.max(0, used - Math.max(1, used / 20));
                default -> used + Math.max(5, used / 2);
            };
        }
        if (skus.size() < 5) {
            return;
        }
        SimSku company = skus.get(companySkuIndex(skus));
        company.appliesTo = "Company";
        company.enabled = 1;
        SimSku trial = skus.get(1);
        trial.trial = true;
        trial.nextLifecycleAt = trial.createdAt.plus(Duration.ofDays(30));
        SimSku warning = skus.get(2);
        warning.capabilityStatus = "Warning";
        warning.warning = 1 + random.nextInt(Math.max(1, warning.enabled / 10 + 1));
        if (skus.size() >= 6) {
            SimSku suspended = skus.get(skus.size() - 2);
            suspended.capabilityStatus = "Suspended";
            suspended.suspended = suspended.enabled;
            suspended.enabled = 0;
        }
    }

    /** A version-4-shaped UUID drawn from the generator's random stream. */
    static String uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
