package dev.itam.m365.reclaim.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.licensing.ConsumerType;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.api.reclaim.LicenceTotal;
import dev.itam.m365.api.reclaim.PortalTotal;
import dev.itam.m365.api.reclaim.ReasonTotal;
import dev.itam.m365.api.reclaim.ReclaimFilter;
import dev.itam.m365.api.reclaim.ReclaimReason;
import dev.itam.m365.api.reclaim.ReclaimRow;
import dev.itam.m365.api.reclaim.ReclaimTotals;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reclaim list's SQL on each supported database, rows inserted as the import leaves them: reason
 * by reason, the order in which account states exclude each other, the reasons that come on top,
 * what never counts (free licences, exempt users, what the tenant no longer feeds), paging, filters
 * and totals with their costs.
 */
class ReclaimStoreTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:15:30Z");
    private static final long CONTOSO = 1;
    private static final long FABRIKAM = 2;
    private static final long E3 = 10;
    private static final long O365_E3 = 11;
    private static final long VISIO = 12;
    private static final long FLOW_FREE = 13;
    private static final String FLOW_FREE_SKU = "f30db892-07e9-47e9-837c-80727f46fd3d";

    private static final TestDatabase.Migrated DATABASES = new TestDatabase.Migrated("m365_reclaim_unit");

    @AfterAll
    static void dropDatabases() throws SQLException {
        DATABASES.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDisabledAccountIsDisabledOnlyWhateverItsSignIns(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.contact(100, "Ann", false, "Member", daysAgo(400), daysAgo(200), null);
            db.contact(101, "Bob", false, "Member", daysAgo(400), null, null);
            db.contact(102, "Cy", true, "Member", daysAgo(400), daysAgo(1), null);
            db.assign(100, E3);
            db.assign(101, E3);
            db.assign(102, E3);

            assertThat(db.rows(ReclaimFilter.all()))
                    .extracting(ReclaimRow::displayName, ReclaimRow::reason)
                    .containsExactly(tuple("Ann", ReclaimReason.DISABLED), tuple("Bob", ReclaimReason.DISABLED));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void neverSignedInIsAnAccountOlderThanTheGraceWithoutAnySignIn(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.contact(100, "Ann", true, "Member", daysAgo(31), null, null);
            db.contact(101, "Bob", true, "Member", daysAgo(29), null, null);
            db.contact(102, "Cy", true, "Member", null, null, null);
            db.contact(103, "Di", true, "Member", daysAgo(400), null, daysAgo(500));
            for (long contact = 100; contact <= 103; contact++) {
                db.assign(contact, E3);
            }

            assertThat(db.rows(ReclaimFilter.all()))
                    .extracting(ReclaimRow::displayName, ReclaimRow::reason, ReclaimRow::lastSignInAt)
                    .containsExactly(
                            tuple("Ann", ReclaimReason.NEVER_SIGNED_IN, null),
                            tuple("Cy", ReclaimReason.NEVER_SIGNED_IN, null),
                            tuple("Di", ReclaimReason.INACTIVE, daysAgo(500)));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void inactiveIsMeasuredByTheLaterOfBothSignInsAfterTheChosenDays(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.contact(100, "Ann", true, "Member", daysAgo(900), daysAgo(100), null);
            db.contact(101, "Bob", true, "Member", daysAgo(900), daysAgo(200), daysAgo(5));
            db.contact(102, "Cy", true, "Member", daysAgo(900), daysAgo(70), daysAgo(65));
            for (long contact = 100; contact <= 102; contact++) {
                db.assign(contact, E3);
            }

            assertThat(db.rows(ReclaimFilter.all()))
                    .extracting(ReclaimRow::displayName, ReclaimRow::reason, ReclaimRow::lastSignInAt)
                    .containsExactly(tuple("Ann", ReclaimReason.INACTIVE, daysAgo(100)));
            assertThat(db.rows(inactiveAfter(60)))
                    .extracting(ReclaimRow::displayName, ReclaimRow::lastSignInAt)
                    .containsExactly(tuple("Ann", daysAgo(100)), tuple("Cy", daysAgo(65)));
            assertThat(db.rows(inactiveAfter(180))).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutSignInsReadOnlyDisabledGuestAndRedundantRowsCome(TestDatabase database) throws SQLException {
        for (String activity : new String[] {"NOT_PREMIUM", "PERMISSION_MISSING", null}) {
            rolledBack(database, db -> {
                db.tenant();
                db.signInActivity(CONTOSO, activity);
                db.contact(100, "Ann", true, "Member", daysAgo(400), null, null);
                db.contact(101, "Bob", true, "Member", daysAgo(400), daysAgo(300), null);
                db.contact(102, "Cy", false, "Member", daysAgo(400), null, null);
                db.contact(103, "Di", true, "Guest", daysAgo(400), null, null);
                for (long contact = 100; contact <= 103; contact++) {
                    db.assign(contact, E3);
                }

                assertThat(db.rows(ReclaimFilter.all()))
                        .as("sign-in activity %s", activity)
                        .extracting(ReclaimRow::displayName, ReclaimRow::reason)
                        .containsExactly(tuple("Cy", ReclaimReason.DISABLED), tuple("Di", ReclaimReason.GUEST));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInactiveGuestHasTwoRowsButCountsOnceForItsLicenceAndCost(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.price(E3, "36.00", "EUR", "MONTH");
            db.contact(100, "Ann", true, "Guest", daysAgo(400), daysAgo(120), null);
            db.assign(100, E3);

            assertThat(db.rows(ReclaimFilter.all()))
                    .extracting(ReclaimRow::reason, ReclaimRow::monthlyCost, ReclaimRow::currency)
                    .containsExactly(
                            tuple(ReclaimReason.INACTIVE, new BigDecimal("36.00"), "EUR"),
                            tuple(ReclaimReason.GUEST, new BigDecimal("36.00"), "EUR"));
            ReclaimTotals totals = db.totals(ReclaimFilter.all());
            assertThat(totals.byReason())
                    .extracting(ReasonTotal::reason, ReasonTotal::assignments, ReasonTotal::monthlyCosts)
                    .containsExactly(
                            tuple(ReclaimReason.DISABLED, 0, Map.of()),
                            tuple(ReclaimReason.NEVER_SIGNED_IN, 0, Map.of()),
                            tuple(ReclaimReason.INACTIVE, 1, Map.of("EUR", new BigDecimal("36.00"))),
                            tuple(ReclaimReason.GUEST, 1, Map.of("EUR", new BigDecimal("36.00"))),
                            tuple(ReclaimReason.REDUNDANT, 0, Map.of()));
            assertThat(totals.byLicence())
                    .containsExactly(new LicenceTotal(
                            E3,
                            "SPE_E3",
                            "Microsoft 365 E3",
                            CONTOSO,
                            1,
                            Map.of(ReclaimReason.INACTIVE, 1, ReclaimReason.GUEST, 1),
                            new BigDecimal("36.00"),
                            "EUR"));
            assertThat(totals.byPortal())
                    .containsExactly(new PortalTotal(CONTOSO, "Contoso", 1, 0, Map.of("EUR", new BigDecimal("36.00"))));
            assertThat(totals.assignments()).isEqualTo(1);
            assertThat(totals.monthlyCosts()).isEqualTo(Map.of("EUR", new BigDecimal("36.00")));
            assertThat(db.totals(new ReclaimFilter(null, null, ReclaimReason.GUEST, null, false))
                            .assignments())
                    .isEqualTo(1);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLicenceWhosePlansAreAllInAnotherOfTheUserIsRedundant(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.plans(E3, "exchange", "sharepoint", "teams", "intune");
            db.plans(O365_E3, "exchange", "sharepoint", "teams");
            db.plans(VISIO, "visio", "exchange");
            db.contact(100, "Ann", true, "Member", daysAgo(400), daysAgo(1), null);
            db.contact(101, "Bob", true, "Member", daysAgo(400), daysAgo(1), null);
            db.contact(102, "Cy", true, "Member", daysAgo(400), daysAgo(1), null);
            db.assign(100, E3);
            db.assign(100, O365_E3);
            db.assign(100, VISIO);
            db.assign(101, O365_E3);
            db.assign(102, E3);
            db.assign(102, FLOW_FREE);

            assertThat(db.rows(ReclaimFilter.all()))
                    .extracting(ReclaimRow::displayName, ReclaimRow::licenceId, ReclaimRow::reason)
                    .containsExactly(tuple("Ann", O365_E3, ReclaimReason.REDUNDANT));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ofTwoLicencesWithTheSamePlansOnlyTheLaterIsRedundant(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.plans(E3, "exchange", "sharepoint");
            db.plans(O365_E3, "sharepoint", "exchange");
            db.contact(100, "Ann", true, "Member", daysAgo(400), daysAgo(1), null);
            db.assign(100, E3);
            db.assign(100, O365_E3);

            assertThat(db.rows(ReclaimFilter.all()))
                    .extracting(ReclaimRow::licenceId, ReclaimRow::reason)
                    .containsExactly(tuple(O365_E3, ReclaimReason.REDUNDANT));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLicenceWithoutPlansOrBesideOneOfAnotherPortalIsNeverRedundant(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.plans(E3, "exchange", "sharepoint");
            db.licence(20, FABRIKAM, "66666666-6666-6666-6666-666666666666", "SPE_E5", "Microsoft 365 E5");
            db.plans(20, "exchange", "sharepoint", "defender");
            db.contact(100, "Ann", true, "Member", daysAgo(400), daysAgo(1), null);
            db.assign(100, E3);
            db.assign(100, O365_E3);
            db.assign(100, 20);

            assertThat(db.rows(ReclaimFilter.all())).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFreeLicenceIsNeverWasteUnlessItsPriceSaysOtherwise(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.contact(100, "Ann", false, "Guest", daysAgo(400), null, null);
            db.assign(100, FLOW_FREE);
            db.assign(100, VISIO);
            db.price(VISIO, "0", "EUR", "MONTH");

            assertThat(db.rows(ReclaimFilter.all())).isEmpty();
            assertThat(db.totals(ReclaimFilter.all()).assignments()).isZero();

            db.price(FLOW_FREE, "5.00", "USD", "MONTH");
            assertThat(db.rows(ReclaimFilter.all()))
                    .extracting(ReclaimRow::licenceId, ReclaimRow::reason, ReclaimRow::monthlyCost)
                    .containsExactly(
                            tuple(FLOW_FREE, ReclaimReason.DISABLED, new BigDecimal("5.00")),
                            tuple(FLOW_FREE, ReclaimReason.GUEST, new BigDecimal("5.00")));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anExemptUserLeavesTheListAndItsTotalsAndIsListedApart(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.price(E3, "36.00", "EUR", "MONTH");
            db.contact(100, "Ann", false, "Member", daysAgo(400), null, null);
            db.contact(101, "Bob", false, "Member", daysAgo(400), null, null);
            db.assign(100, E3);
            db.assign(101, E3);
            db.exempt(101, "shared mailbox");

            assertThat(db.rows(ReclaimFilter.all()))
                    .extracting(ReclaimRow::displayName)
                    .containsExactly("Ann");
            ReclaimTotals totals = db.totals(ReclaimFilter.all());
            assertThat(totals.assignments()).isEqualTo(1);
            assertThat(totals.monthlyCosts()).isEqualTo(Map.of("EUR", new BigDecimal("36.00")));
            ReclaimFilter exempt = new ReclaimFilter(null, null, null, null, true);
            assertThat(db.rows(exempt)).extracting(ReclaimRow::displayName).containsExactly("Bob");
            assertThat(db.totals(exempt).assignments()).isEqualTo(1);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyWhatTheTenantsStillFeedCounts(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.licence(20, CONTOSO, "77777777-7777-7777-7777-777777777777", "REMOVED", "Removed from tenant");
            db.unsynchronised("M365_LICENCE", 20, SyncProblem.SKU_REMOVED_FROM_TENANT);
            db.licence(21, null, "88888888-8888-8888-8888-888888888888", "ORPHAN", "Of a deleted portal");
            db.contact(100, "Ann", false, "Member", daysAgo(400), null, null);
            db.contact(101, "Bob", false, "Member", daysAgo(400), null, null);
            db.unsynchronised("M365_CONTACT", 101, SyncProblem.PORTAL_DELETED);
            db.assign(100, 20);
            db.assign(100, 21);
            db.assign(101, E3);
            db.assign(100, E3);

            assertThat(db.rows(ReclaimFilter.all()))
                    .extracting(ReclaimRow::displayName, ReclaimRow::licenceId)
                    .containsExactly(tuple("Ann", E3));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachRowSaysWhoWhatWhereAndThroughWhichGroup(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.price(E3, "432", "EUR", "YEAR");
            db.contact(100, "Ann", false, "Member", daysAgo(400), daysAgo(95), daysAgo(99));
            db.assign(100, E3, AssignmentSource.GROUP, "99999999-9999-9999-9999-999999999999");

            assertThat(db.rows(ReclaimFilter.all()))
                    .containsExactly(new ReclaimRow(
                            E3,
                            "SPE_E3",
                            "Microsoft 365 E3",
                            CONTOSO,
                            "Contoso",
                            100,
                            "Ann",
                            "ann@contoso.example",
                            "Sales",
                            ReclaimReason.DISABLED,
                            daysAgo(95),
                            AssignmentSource.GROUP,
                            "99999999-9999-9999-9999-999999999999",
                            new BigDecimal("36.00"),
                            "EUR"));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesFiltersAndCountsComeFromTheDatabase(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.licence(20, FABRIKAM, "66666666-6666-6666-6666-666666666666", "SPE_E3", "Microsoft 365 E3");
            String[] names = {"Eve", "Ann", "Dan", "Bob", "Cy"};
            for (int i = 0; i < names.length; i++) {
                db.contact(100 + i, names[i], false, i % 2 == 0 ? "Guest" : "Member", daysAgo(400), null, null);
                db.assign(100 + i, E3);
            }
            db.assign(101, VISIO);
            db.assign(102, 20);

            assertThat(db.store().count(db.query(ReclaimFilter.all()))).isEqualTo(11);
            assertThat(db.store().rows(db.query(ReclaimFilter.all()), 2, 3))
                    .extracting(ReclaimRow::displayName, ReclaimRow::licenceId, ReclaimRow::reason)
                    .containsExactly(
                            tuple("Bob", E3, ReclaimReason.DISABLED),
                            tuple("Cy", E3, ReclaimReason.DISABLED),
                            tuple("Cy", E3, ReclaimReason.GUEST));
            assertThat(db.store().rows(db.query(ReclaimFilter.all()), 6, 3))
                    .extracting(ReclaimRow::displayName, ReclaimRow::licenceId, ReclaimRow::reason)
                    .containsExactly(
                            tuple("Dan", E3, ReclaimReason.GUEST),
                            tuple("Dan", 20L, ReclaimReason.DISABLED),
                            tuple("Dan", 20L, ReclaimReason.GUEST));
            assertThat(db.store().rows(db.query(ReclaimFilter.all()), 9, 5))
                    .extracting(ReclaimRow::displayName)
                    .containsExactly("Eve", "Eve");
            ReclaimFilter guests = new ReclaimFilter(null, null, ReclaimReason.GUEST, null, false);
            assertThat(db.rows(guests)).extracting(ReclaimRow::displayName).containsExactly("Cy", "Dan", "Dan", "Eve");
            assertThat(db.rows(new ReclaimFilter(FABRIKAM, null, null, null, false)))
                    .extracting(ReclaimRow::displayName, ReclaimRow::portalName, ReclaimRow::reason)
                    .containsExactly(
                            tuple("Dan", "Fabrikam", ReclaimReason.DISABLED),
                            tuple("Dan", "Fabrikam", ReclaimReason.GUEST));
            assertThat(db.rows(new ReclaimFilter(null, VISIO, null, null, false)))
                    .extracting(ReclaimRow::displayName, ReclaimRow::reason)
                    .containsExactly(tuple("Ann", ReclaimReason.DISABLED));
            assertThat(db.store().count(db.query(guests))).isEqualTo(4);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void totalsAreCountedPerReasonLicencePortalAndCurrency(TestDatabase database) throws SQLException {
        rolledBack(database, db -> {
            db.tenant();
            db.licence(20, FABRIKAM, "66666666-6666-6666-6666-666666666666", "SPE_E3", "Microsoft 365 E3");
            db.price(E3, "250", "EUR", "YEAR");
            db.price(20, "30.00", "USD", "MONTH");
            for (long contact = 100; contact < 103; contact++) {
                db.contact(contact, "User " + contact, false, "Member", daysAgo(400), null, null);
                db.assign(contact, E3);
                db.assign(contact, VISIO);
            }
            db.contact(103, "Guest", true, "Guest", daysAgo(400), daysAgo(1), null);
            db.assign(103, 20);

            ReclaimTotals totals = db.totals(ReclaimFilter.all());

            assertThat(totals.byLicence())
                    .extracting(LicenceTotal::licenceId, LicenceTotal::assignments, LicenceTotal::monthlyCost)
                    .containsExactly(
                            tuple(E3, 3, new BigDecimal("62.50")),
                            tuple(VISIO, 3, null),
                            tuple(20L, 1, new BigDecimal("30.00")));
            assertThat(totals.byPortal())
                    .containsExactly(
                            new PortalTotal(CONTOSO, "Contoso", 6, 3, Map.of("EUR", new BigDecimal("62.50"))),
                            new PortalTotal(FABRIKAM, "Fabrikam", 1, 0, Map.of("USD", new BigDecimal("30.00"))));
            assertThat(totals.assignments()).isEqualTo(7);
            assertThat(totals.unpriced()).isEqualTo(3);
            assertThat(totals.monthlyCosts())
                    .isEqualTo(Map.of("EUR", new BigDecimal("62.50"), "USD", new BigDecimal("30.00")));
            assertThat(totals.byReason())
                    .extracting(ReasonTotal::reason, ReasonTotal::assignments, ReasonTotal::unpriced)
                    .containsExactly(
                            tuple(ReclaimReason.DISABLED, 6, 3),
                            tuple(ReclaimReason.NEVER_SIGNED_IN, 0, 0),
                            tuple(ReclaimReason.INACTIVE, 0, 0),
                            tuple(ReclaimReason.GUEST, 1, 0),
                            tuple(ReclaimReason.REDUNDANT, 0, 0));
        });
    }

    private static ReclaimFilter inactiveAfter(int days) {
        return new ReclaimFilter(null, null, null, days, false);
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    /** A null of another SQL type than text: PostgreSQL does not take a text null for a timestamp. */
    private record NullOf(int type) {}

    private interface Work {
        void on(Fixture db) throws SQLException;
    }

    /** Rolls the work back, so every test starts from empty tables. */
    private static void rolledBack(TestDatabase database, Work work) throws SQLException {
        try (Connection connection = DATABASES.of(database).getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.on(new Fixture(connection));
            } finally {
                connection.rollback();
            }
        }
    }

    /** Rows as the import and the admins leave them, and the store reading them. */
    private record Fixture(Connection connection) {

        /**
         * Two portals whose sign-ins were read; in Contoso licences E3 (Microsoft 365 E3), O365 E3,
         * Visio and the free Power Automate, none priced.
         */
        void tenant() throws SQLException {
            portal(CONTOSO, "Contoso");
            portal(FABRIKAM, "Fabrikam");
            licence(E3, CONTOSO, "05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3", "Microsoft 365 E3");
            licence(O365_E3, CONTOSO, "6fd2c87f-b296-42f0-b197-1e91e994b900", "ENTERPRISEPACK", "Office 365 E3");
            licence(VISIO, CONTOSO, "c5928f49-12ba-48f7-ada3-0d743a3601d5", "VISIOCLIENT", "Visio Plan 2");
            licence(FLOW_FREE, CONTOSO, FLOW_FREE_SKU, "FLOW_FREE", "Power Automate Free");
        }

        void portal(long id, String name) throws SQLException {
            Timestamp now = Timestamp.from(NOW);
            insert(
                    "INSERT INTO M365_PORTAL (ID, VERSION, NAME, NAME_KEY, TENANT_ID, CLIENT_ID, CLOUD, AUTH_TYPE,"
                            + " CREATED_AT, UPDATED_AT, SIGN_IN_ACTIVITY) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    name,
                    name.toLowerCase(java.util.Locale.ROOT),
                    "11111111-1111-1111-1111-11111111111" + id,
                    "22222222-2222-2222-2222-222222222222",
                    NationalCloud.GLOBAL.name(),
                    AuthenticationType.CLIENT_SECRET.name(),
                    now,
                    now,
                    "READ");
        }

        void signInActivity(long portal, String activity) throws SQLException {
            insert("UPDATE M365_PORTAL SET SIGN_IN_ACTIVITY = ? WHERE ID = ?", activity, portal);
        }

        void licence(long id, Long portal, String skuId, String partNumber, String title) throws SQLException {
            insert(
                    "INSERT INTO M365_LICENCE (ID, VERSION, PORTAL_ID, SOURCE_NAME, SKU_ID, SKU_PART_NUMBER, TITLE,"
                            + " ENABLED_UNITS, SUSPENDED_UNITS, WARNING_UNITS, LOCKED_OUT_UNITS, CONSUMED_UNITS,"
                            + " CAPABILITY_STATUS, APPLIES_TO, SYNC_STATUS)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, 100, 0, 0, 0, 0, 'Enabled', 'User', ?)",
                    id,
                    portal == null ? new NullOf(Types.BIGINT) : portal,
                    portal == null ? "Gone" : portal == CONTOSO ? "Contoso" : "Fabrikam",
                    skuId,
                    partNumber,
                    title,
                    SyncStatus.SYNCHRONISED.name());
        }

        void unsynchronised(String table, long id, SyncProblem problem) throws SQLException {
            insert(
                    "UPDATE " + table + " SET SYNC_STATUS = ?, SYNC_PROBLEM = ? WHERE ID = ?",
                    SyncStatus.CANNOT_BE_SYNCHRONISED.name(),
                    problem.name(),
                    id);
        }

        void plans(long licence, String... plans) throws SQLException {
            for (String plan : plans) {
                insert(
                        "INSERT INTO M365_SERVICE_PLAN (LICENCE_ID, SERVICE_PLAN_ID, SERVICE_PLAN_NAME, APPLIES_TO)"
                                + " VALUES (?, ?, ?, 'User')",
                        licence,
                        plan,
                        plan.toUpperCase(java.util.Locale.ROOT));
            }
        }

        /** A user of Contoso; its last activity is the later of its two sign-ins, as the import stores it. */
        void contact(
                long id,
                String name,
                boolean enabled,
                String userType,
                Instant createdAt,
                Instant lastSignIn,
                Instant lastNonInteractive)
                throws SQLException {
            Instant lastActive = lastSignIn == null
                    ? lastNonInteractive
                    : lastNonInteractive == null || lastSignIn.isAfter(lastNonInteractive)
                            ? lastSignIn
                            : lastNonInteractive;
            insert(
                    "INSERT INTO M365_CONTACT (ID, VERSION, ENTRA_OBJECT_ID, PORTAL_ID, DISPLAY_NAME,"
                            + " USER_PRINCIPAL_NAME, DEPARTMENT, ACCOUNT_ENABLED, SYNC_STATUS, USER_TYPE, CREATED_AT,"
                            + " LAST_SIGN_IN_AT, LAST_NON_INTERACTIVE_SIGN_IN_AT, LAST_ACTIVE_AT)"
                            + " VALUES (?, 1, ?, ?, ?, ?, 'Sales', ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    "object-" + id,
                    CONTOSO,
                    name,
                    name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@contoso.example",
                    enabled,
                    SyncStatus.SYNCHRONISED.name(),
                    userType,
                    timestamp(createdAt),
                    timestamp(lastSignIn),
                    timestamp(lastNonInteractive),
                    timestamp(lastActive));
        }

        void assign(long contact, long licence) throws SQLException {
            assign(contact, licence, AssignmentSource.DIRECT, null);
        }

        void assign(long contact, long licence, AssignmentSource via, String groupId) throws SQLException {
            insert(
                    "INSERT INTO M365_CONSUMER_ASSIGNMENT (CONTACT_ID, LICENCE_ID, CONSUMER_TYPE, ASSIGNED_VIA,"
                            + " GROUP_ID) VALUES (?, ?, ?, ?, ?)",
                    contact,
                    licence,
                    ConsumerType.MICROSOFT_365.name(),
                    via.name(),
                    groupId);
        }

        void price(long licence, String amount, String currency, String period) throws SQLException {
            insert("DELETE FROM M365_LICENCE_PRICE WHERE LICENCE_ID = ?", licence);
            insert(
                    "INSERT INTO M365_LICENCE_PRICE (LICENCE_ID, AMOUNT, CURRENCY, PERIOD, SET_BY, SET_AT)"
                            + " VALUES (?, ?, ?, ?, 'admin', ?)",
                    licence,
                    new BigDecimal(amount),
                    currency,
                    period,
                    Timestamp.from(NOW));
        }

        void exempt(long contact, String note) throws SQLException {
            insert(
                    "INSERT INTO M365_RECLAIM_EXEMPTION (CONTACT_ID, NOTE, EXEMPTED_BY, EXEMPTED_AT)"
                            + " VALUES (?, ?, 'admin', ?)",
                    contact,
                    note,
                    Timestamp.from(NOW));
        }

        ReclaimStore store() {
            return new ReclaimStore(connection);
        }

        ReclaimStore.Query query(ReclaimFilter filter) {
            return new ReclaimStore.Query(
                    filter,
                    NOW.minus(Duration.ofDays(filter.inactiveDaysOrDefault())),
                    NOW.minus(Duration.ofDays(ReclaimSettings.DEFAULT_NEW_ACCOUNT_DAYS)));
        }

        /** Every row, read both ways the store offers, which must agree. */
        List<ReclaimRow> rows(ReclaimFilter filter) throws SQLException {
            List<ReclaimRow> streamed = new ArrayList<>();
            store().forEach(query(filter), streamed::add);
            assertThat(store().rows(query(filter), 0, 1000)).isEqualTo(streamed);
            assertThat(store().count(query(filter))).isEqualTo(streamed.size());
            return streamed;
        }

        ReclaimTotals totals(ReclaimFilter filter) throws SQLException {
            return ReclaimTotalling.of(store().groups(query(filter)), filter.reason() != null);
        }

        private static Object timestamp(Instant instant) {
            return instant == null ? new NullOf(Types.TIMESTAMP) : Timestamp.from(instant);
        }

        private void insert(String sql, Object... values) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        statement.setNull(i + 1, Types.VARCHAR);
                    } else if (values[i] instanceof NullOf typed) {
                        statement.setNull(i + 1, typed.type());
                    } else {
                        statement.setObject(i + 1, values[i]);
                    }
                }
                statement.executeUpdate();
            }
        }
    }
}
