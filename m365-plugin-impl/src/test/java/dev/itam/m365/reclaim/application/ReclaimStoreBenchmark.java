package dev.itam.m365.reclaim.application;

import dev.itam.m365.api.reclaim.ReclaimFilter;
import dev.itam.m365.api.reclaim.ReclaimRow;
import dev.itam.m365.importing.application.ImportStore;
import dev.itam.m365.persistence.TableStatistics;
import dev.itam.m365.persistence.TestDatabase;
import dev.itam.m365.reclaim.domain.ReclaimTotalling;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times the reclaim list's answers on a 100,000-user tenant: the count and first page of 25 (what the
 * page shows first), the totals and the whole list (the CSV), each several times, on H2, PostgreSQL
 * and MariaDB (the servers as {@link TestDatabase} expects them; database {@code m365_reclaim_bench} is
 * recreated, and dropped unless {@code -Dkeep=true} keeps it to look at plans). Not a test: surefire runs only {@code *Test} classes. Run it with
 *
 * <pre>
 * mvn -q -B -pl m365-plugin-impl -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/cp.txt -Dmdep.includeScope=test
 * java -cp m365-plugin-impl/target/test-classes:m365-plugin-impl/target/classes:m365-plugin-api/target/classes:$(cat cp.txt) \
 *     dev.itam.m365.reclaim.application.ReclaimStoreBenchmark [users] [runs] [H2,POSTGRESQL,MARIADB]
 * </pre>
 *
 * <p>The tenant is generated set-based (batched JDBC, a fixed seed) as the import leaves it: one portal
 * whose sign-ins were read, 60 licences (five suites each containing five of the others, one free SKU,
 * one priced 0, a few unpriced), 90 % of the users licensed, about 117,000 assignments, disabled, never
 * signed in, inactive and guest accounts, suites beside a contained licence, and a few exemptions; the
 * tables an import merges into are then sampled, as the import has them sampled after its merge. It prints one
 * {@code name: value} line per figure: the first run (cold), then the range of the others.
 */
public final class ReclaimStoreBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final int LICENCES = 60;
    private static final int SUITES = 5;
    private static final int CONTAINED_PER_SUITE = 5;
    private static final int BATCH = 2_000;

    private ReclaimStoreBenchmark() {}

    public static void main(String[] args) throws SQLException {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Set<TestDatabase> databases = EnumSet.noneOf(TestDatabase.class);
        if (args.length > 2) {
            for (String name : args[2].split(",")) {
                databases.add(TestDatabase.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            }
        } else {
            databases.addAll(EnumSet.allOf(TestDatabase.class));
        }
        for (TestDatabase database : databases) {
            TestDatabase.Migrated migrated = new TestDatabase.Migrated("m365_reclaim_bench");
            try {
                try (Connection connection = migrated.of(database).getConnection()) {
                    long start = System.nanoTime();
                    int assignments = fill(connection, users);
                    analyse(connection);
                    String prefix = database.name().toLowerCase(Locale.ROOT) + ".";
                    System.out.println(prefix + "users: " + users);
                    System.out.println(prefix + "assignments: " + assignments);
                    System.out.printf(Locale.ROOT, "%sfill: %.1f s%n", prefix, seconds(start));
                    time(connection, prefix, runs);
                }
            } finally {
                if (!Boolean.getBoolean("keep")) {
                    migrated.close();
                }
            }
        }
    }

    private static void time(Connection connection, String prefix, int runs) throws SQLException {
        ReclaimStore store = new ReclaimStore(connection);
        List<double[]> figures = new ArrayList<>();
        int count = 0;
        int rows = 0;
        int totalled = 0;
        for (int run = 0; run < runs; run++) {
            // A second later each run, as the clock moves between requests: H2 would otherwise answer a
            // repeated query from its result cache.
            Instant now = NOW.plusSeconds(run);
            ReclaimStore.Query query = new ReclaimStore.Query(
                    ReclaimFilter.all(),
                    now.minus(Duration.ofDays(ReclaimFilter.DEFAULT_INACTIVE_DAYS)),
                    now.minus(Duration.ofDays(ReclaimSettings.DEFAULT_NEW_ACCOUNT_DAYS)));
            long start = System.nanoTime();
            count = store.count(query);
            double countTime = seconds(start);
            start = System.nanoTime();
            store.rows(query, 0, 25);
            double pageTime = seconds(start);
            start = System.nanoTime();
            totalled = ReclaimTotalling.of(store.groups(query), false).assignments();
            double totalsTime = seconds(start);
            start = System.nanoTime();
            AtomicInteger streamed = new AtomicInteger();
            store.forEach(query, (ReclaimRow row) -> streamed.incrementAndGet());
            rows = streamed.get();
            double listTime = seconds(start);
            figures.add(new double[] {countTime, pageTime, totalsTime, listTime});
        }
        System.out.println(
                prefix + "rows: " + count + " (streamed " + rows + ", assignments in totals " + totalled + ")");
        String[] names = {"count", "first page", "totals", "whole list"};
        for (int i = 0; i < names.length; i++) {
            double min = Double.MAX_VALUE;
            double max = 0;
            for (double[] run : figures.subList(Math.min(1, figures.size() - 1), figures.size())) {
                min = Math.min(min, run[i]);
                max = Math.max(max, run[i]);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s%s: cold %.3f s, then %.3f–%.3f s%n",
                    prefix,
                    names[i],
                    figures.get(0)[i],
                    min,
                    max);
        }
    }

    /** The tenant; returns the number of assignments. */
    private static int fill(Connection connection, int users) throws SQLException {
        connection.setAutoCommit(false);
        Random random = new Random(20261124L);
        Timestamp now = Timestamp.from(NOW);
        try (PreparedStatement portal = connection.prepareStatement(
                "INSERT INTO M365_PORTAL (ID, VERSION, NAME, NAME_KEY, TENANT_ID, CLIENT_ID, CLOUD, AUTH_TYPE,"
                        + " CREATED_AT, UPDATED_AT, SIGN_IN_ACTIVITY) VALUES (1, 1, 'Contoso', 'contoso',"
                        + " '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222', 'GLOBAL',"
                        + " 'CLIENT_SECRET', ?, ?, 'READ')")) {
            portal.setTimestamp(1, now);
            portal.setTimestamp(2, now);
            portal.executeUpdate();
        }
        try (PreparedStatement licence = connection.prepareStatement(
                        "INSERT INTO M365_LICENCE (ID, VERSION, PORTAL_ID, SOURCE_NAME, SKU_ID, SKU_PART_NUMBER, TITLE,"
                                + " ENABLED_UNITS, SUSPENDED_UNITS, WARNING_UNITS, LOCKED_OUT_UNITS, CONSUMED_UNITS,"
                                + " CAPABILITY_STATUS, APPLIES_TO, SYNC_STATUS)"
                                + " VALUES (?, 1, 1, 'Contoso', ?, ?, ?, 50000, 0, 0, 0, 0, 'Enabled', 'User',"
                                + " 'SYNCHRONISED')");
                PreparedStatement plan = connection.prepareStatement(
                        "INSERT INTO M365_SERVICE_PLAN (LICENCE_ID, SERVICE_PLAN_ID, SERVICE_PLAN_NAME, APPLIES_TO)"
                                + " VALUES (?, ?, ?, 'User')");
                PreparedStatement price = connection.prepareStatement(
                        "INSERT INTO M365_LICENCE_PRICE (LICENCE_ID, AMOUNT, CURRENCY, PERIOD, SET_BY, SET_AT)"
                                + " VALUES (?, ?, ?, ?, 'admin', ?)")) {
            for (int i = 0; i < LICENCES; i++) {
                long id = licenceId(i);
                // The last licence is Power Automate Free, whose built-in price is 0.
                licence.setLong(1, id);
                licence.setString(
                        2,
                        i == LICENCES - 1
                                ? "f30db892-07e9-47e9-837c-80727f46fd3d"
                                : String.format(Locale.ROOT, "00000000-0000-0000-0000-%012d", i));
                licence.setString(3, i == LICENCES - 1 ? "FLOW_FREE" : "SKU_" + i);
                licence.setString(4, i == LICENCES - 1 ? "Power Automate Free" : "Licence " + i);
                licence.addBatch();
                for (String servicePlan : plans(i)) {
                    plan.setLong(1, id);
                    plan.setString(2, servicePlan);
                    plan.setString(3, servicePlan.toUpperCase(Locale.ROOT));
                    plan.addBatch();
                }
                if (i < LICENCES - 4) {
                    price.setLong(1, id);
                    price.setBigDecimal(2, i == LICENCES - 5 ? BigDecimal.ZERO : new BigDecimal(5 + i % 30));
                    price.setString(3, i % 7 == 0 ? "USD" : "EUR");
                    price.setString(4, i % 3 == 0 ? "YEAR" : "MONTH");
                    price.setTimestamp(5, now);
                    price.addBatch();
                }
            }
            licence.executeBatch();
            plan.executeBatch();
            price.executeBatch();
        }
        int assignments = 0;
        try (PreparedStatement contact = connection.prepareStatement(
                        "INSERT INTO M365_CONTACT (ID, VERSION, ENTRA_OBJECT_ID, PORTAL_ID, DISPLAY_NAME,"
                                + " USER_PRINCIPAL_NAME, DEPARTMENT, ACCOUNT_ENABLED, SYNC_STATUS, USER_TYPE,"
                                + " CREATED_AT, LAST_SIGN_IN_AT, LAST_NON_INTERACTIVE_SIGN_IN_AT, LAST_ACTIVE_AT)"
                                + " VALUES (?, 1, ?, 1, ?, ?, ?, ?, 'SYNCHRONISED', ?, ?, ?, ?, ?)");
                PreparedStatement assign = connection.prepareStatement(
                        "INSERT INTO M365_CONSUMER_ASSIGNMENT (CONTACT_ID, LICENCE_ID, CONSUMER_TYPE, ASSIGNED_VIA,"
                                + " GROUP_ID) VALUES (?, ?, 'MICROSOFT_365', ?, ?)");
                PreparedStatement exempt = connection.prepareStatement(
                        "INSERT INTO M365_RECLAIM_EXEMPTION (CONTACT_ID, NOTE, EXEMPTED_BY, EXEMPTED_AT)"
                                + " VALUES (?, 'shared mailbox', 'admin', ?)")) {
            for (int u = 0; u < users; u++) {
                long id = 1_000L + u;
                boolean guest = random.nextInt(100) < 5;
                boolean enabled = random.nextInt(100) >= 5;
                int kind = random.nextInt(100);
                Instant created = NOW.minus(Duration.ofDays(kind < 2 ? random.nextInt(30) : 30 + random.nextInt(2000)));
                Instant signIn = null;
                Instant nonInteractive = null;
                if (kind >= 6) {
                    int days = kind < 70
                            ? random.nextInt(30)
                            : kind < 82 ? 30 + random.nextInt(60) : 90 + random.nextInt(900);
                    signIn = NOW.minus(Duration.ofDays(days).plusMinutes(random.nextInt(1440)));
                    if (random.nextInt(100) < 40) {
                        nonInteractive = NOW.minus(Duration.ofDays(random.nextInt(days + 1)));
                    }
                }
                Instant lastActive = signIn == null
                        ? nonInteractive
                        : nonInteractive == null || signIn.isAfter(nonInteractive) ? signIn : nonInteractive;
                contact.setLong(1, id);
                contact.setString(2, String.format(Locale.ROOT, "00000000-0000-0000-0001-%012d", u));
                String name = u % 997 == 0
                        ? null
                        : NAMES[random.nextInt(NAMES.length)] + " " + NAMES[random.nextInt(NAMES.length)] + " " + u;
                contact.setString(3, name);
                contact.setString(4, "user" + u + (guest ? "#EXT#@contoso.example" : "@contoso.example"));
                contact.setString(5, "Department " + random.nextInt(40));
                contact.setBoolean(6, enabled);
                contact.setString(7, guest ? "Guest" : "Member");
                contact.setTimestamp(8, Timestamp.from(created));
                timestamp(contact, 9, signIn);
                timestamp(contact, 10, nonInteractive);
                timestamp(contact, 11, lastActive);
                contact.addBatch();
                if (random.nextInt(100) < 90) {
                    int main = random.nextInt(100) < 60
                            ? random.nextInt(SUITES)
                            : SUITES + random.nextInt(LICENCES - SUITES);
                    boolean group = random.nextBoolean();
                    add(assign, id, main, group);
                    assignments++;
                    if (random.nextInt(100) < 30) {
                        int second = main < SUITES && random.nextBoolean()
                                ? SUITES + main * CONTAINED_PER_SUITE + random.nextInt(CONTAINED_PER_SUITE)
                                : SUITES + random.nextInt(LICENCES - SUITES);
                        if (second != main) {
                            add(assign, id, second, group);
                            assignments++;
                        }
                    }
                }
                if (u % 500 == 7) {
                    exempt.setLong(1, id);
                    exempt.setTimestamp(2, now);
                    exempt.addBatch();
                }
                if (u % BATCH == BATCH - 1) {
                    contact.executeBatch();
                    assign.executeBatch();
                }
            }
            contact.executeBatch();
            assign.executeBatch();
            exempt.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        return assignments;
    }

    private static void add(PreparedStatement assign, long contact, int licence, boolean group) throws SQLException {
        assign.setLong(1, contact);
        assign.setLong(2, licenceId(licence));
        assign.setString(3, group ? "GROUP" : "DIRECT");
        if (group) {
            assign.setString(4, String.format(Locale.ROOT, "00000000-0000-0000-0002-%012d", licence));
        } else {
            assign.setNull(4, Types.VARCHAR);
        }
        assign.addBatch();
    }

    /** A suite has its own plan and every plan of the five licences it contains; the others one or two. */
    private static List<String> plans(int licence) {
        List<String> plans = new ArrayList<>();
        plans.add("plan-" + licence);
        if (licence < SUITES) {
            for (int inner = 0; inner < CONTAINED_PER_SUITE; inner++) {
                plans.addAll(plans(SUITES + licence * CONTAINED_PER_SUITE + inner));
            }
        } else if (licence % 4 == 0) {
            plans.add("plan-shared-" + licence % 8);
        }
        return plans;
    }

    private static long licenceId(int licence) {
        return 100L + licence;
    }

    private static void timestamp(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(instant));
        }
    }

    /** The import has the tables it merged into sampled; the small ones it does not write stay as they are. */
    private static void analyse(Connection connection) throws SQLException {
        TableStatistics.refresh(connection, ImportStore.MERGED_TABLES);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static final String[] NAMES = {
        "Ann", "Bob", "Cy", "Di", "Eve", "Finn", "Gus", "Hal", "Ida", "Jo", "Kai", "Lea", "Max", "Nia", "Ole", "Pia",
        "Quin", "Rae", "Sam", "Tia", "Uma", "Vic", "Wes", "Xia", "Yan", "Zoe"
    };
}
