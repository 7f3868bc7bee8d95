package dev.itam.m365.importing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.graph.client.GraphUser;
import dev.itam.m365.graph.client.SubscribedSku;
import dev.itam.m365.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Staging and the set-based merge on each supported database: what a run staged is found and
 * removed by run, and merged into contacts (with the users' type, age and sign-ins), assignments
 * (direct or through which group), failed assignments and the licences' service plans.
 */
class ImportStoreTest {

    private static final long PORTAL = 1;
    private static final long LICENCE = 10;
    private static final String SKU = "6fd2c87f-b296-42f0-b197-1e91e994b900";
    private static final TestDatabase.Migrated DATABASES = new TestDatabase.Migrated("m365_staging_unit");

    private ImportStore store;

    @AfterAll
    static void dropDatabases() throws SQLException {
        DATABASES.close();
    }

    @AfterEach
    void emptyTables() throws SQLException {
        try (Connection connection = store.dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            for (String table : List.of(
                    "M365_STAGED_CHANGE",
                    "M365_STAGED_ASSIGNMENT_ERROR",
                    "M365_STAGED_LICENCE",
                    "M365_ASSIGNMENT_ERROR",
                    "M365_SERVICE_PLAN",
                    "M365_STAGED_USER",
                    "M365_CONSUMER_ASSIGNMENT",
                    "M365_CONTACT",
                    "M365_LICENCE",
                    "M365_PORTAL")) {
                sql.executeUpdate("DELETE FROM " + table);
            }
            sql.executeUpdate("UPDATE M365_ID_SEQUENCE SET SEQ_COUNT = 0");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aUserWhoseAssignmentFailedIsStagedThoughHoldingNothing(TestDatabase database) throws SQLException {
        store = storeOn(database);

        int staged = store.stage(
                7,
                List.of(
                        user("waits")
                                .fails(SKU, GROUP_1, "Error", "CountViolation")
                                .build(),
                        user("other")
                                .fails(OTHER_SKU, GROUP_1, "Error", "CountViolation")
                                .build(),
                        user("fine").fails(SKU, GROUP_1, "Active", "None").build()),
                Set.of(SKU));

        assertThat(staged).isEqualTo(1);
        assertThat(rows("M365_STAGED_USER", 7)).isEqualTo(1);
        assertThat(rows("M365_STAGED_LICENCE", 7)).isZero();
        assertThat(rows("M365_STAGED_ASSIGNMENT_ERROR", 7)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void stagingKeepsOnlyLicensedUsersAndListsTheirRuns(TestDatabase database) throws SQLException {
        store = storeOn(database);

        int staged = store.stage(
                7,
                List.of(
                        user("a").direct(SKU).build(),
                        user("b").direct(OTHER_SKU).build()),
                Set.of(SKU));
        store.stage(8, List.of(user("c").direct(SKU).build()), Set.of(SKU));

        assertThat(staged).isEqualTo(1);
        assertThat(store.stagedRunIds()).containsExactlyInAnyOrder(7L, 8L);
        assertThat(rows("M365_STAGED_USER", 7)).isEqualTo(1);
        assertThat(rows("M365_STAGED_LICENCE", 7)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void discardingARunRemovesItsRowsAndNoOtherRunsRows(TestDatabase database) throws SQLException {
        store = storeOn(database);
        store.stage(
                7,
                List.of(
                        user("a").direct(SKU).build(),
                        user("b")
                                .direct(SKU)
                                .fails(SKU, GROUP_1, "Error", "CountViolation")
                                .build()),
                Set.of(SKU));
        store.stage(8, List.of(user("a").direct(SKU).build()), Set.of(SKU));
        store.stage(
                9,
                List.of(user("w")
                        .fails(SKU, null, "Error", "UniquenessViolation")
                        .build()),
                Set.of(SKU));

        store.discard(7);

        assertThat(store.stagedRunIds()).containsExactlyInAnyOrder(8L, 9L);
        assertThat(rows("M365_STAGED_USER", 7)
                        + rows("M365_STAGED_LICENCE", 7)
                        + rows("M365_STAGED_ASSIGNMENT_ERROR", 7))
                .isZero();
        assertThat(rows("M365_STAGED_USER", 8)).isEqualTo(1);
        assertThat(rows("M365_STAGED_LICENCE", 8)).isEqualTo(1);
        assertThat(rows("M365_STAGED_ASSIGNMENT_ERROR", 9)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMergeAddsRemovesAndRepointsAssignmentsFromTheRunsStaging(TestDatabase database) throws SQLException {
        store = storeOn(database);
        portalWithLicences();
        store.stage(
                1,
                List.of(
                        user("a").direct(SKU).build(),
                        user("b").through(SKU, GROUP_1).build()),
                Set.of(SKU));
        ImportStore.ConsumerCounts first = merge(1, true, LICENCE);
        store.stage(
                2,
                List.of(
                        user("a").through(SKU, GROUP_1).build(),
                        user("c").direct(SKU).build()),
                Set.of(SKU));
        ImportStore.ConsumerCounts second = merge(2, true, LICENCE);

        assertThat(first).isEqualTo(new ImportStore.ConsumerCounts(2, 0, 2, 0));
        assertThat(second)
                .as("a moved to a group: neither created nor removed")
                .isEqualTo(new ImportStore.ConsumerCounts(1, 0, 1, 1));
        assertThat(assignments()).containsExactly("a: GROUP " + GROUP_1, "c: DIRECT null");
    }

    /**
     * A delta round names a changed user, one who was deleted and one it names twice (the later answer
     * counts); everybody it does not name keeps assignments and failed assignments as they were.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPartialMergeChangesOnlyTheUsersTheDeltaRoundNamed(TestDatabase database) throws SQLException {
        store = storeOn(database);
        portalWithLicences();
        store.stage(
                1,
                List.of(
                        user("a").direct(SKU).build(),
                        user("b")
                                .direct(SKU)
                                .fails(OTHER_SKU, GROUP_1, "Error", "CountViolation")
                                .build(),
                        user("c")
                                .direct(SKU)
                                .fails(OTHER_SKU, GROUP_1, "Error", "CountViolation")
                                .build(),
                        user("d").through(SKU, GROUP_1).build()),
                Set.of(SKU, OTHER_SKU));
        merge(1, true, LICENCE, OTHER_LICENCE);

        store.stageChanges(
                2,
                List.of(
                        user("a").direct(OTHER_SKU).build(),
                        user("b").removed().build(),
                        user("d").direct(SKU).build()),
                Set.of(SKU, OTHER_SKU));
        store.stageChanges(2, List.of(user("d").removed().build()), Set.of(SKU, OTHER_SKU));
        ImportStore.ConsumerCounts counts = merge(2, false, true, LICENCE, OTHER_LICENCE);

        assertThat(assignments()).containsExactly("a: DIRECT null", "c: DIRECT null");
        assertThat(strings(
                        "SELECT c.DISPLAY_NAME, a.LICENCE_ID FROM M365_CONSUMER_ASSIGNMENT a"
                                + " JOIN M365_CONTACT c ON c.ID = a.CONTACT_ID ORDER BY c.DISPLAY_NAME",
                        row -> row.getString(1) + " " + row.getLong(2)))
                .containsExactly("a " + OTHER_LICENCE, "c " + LICENCE);
        assertThat(failures()).containsExactly("c " + OTHER_LICENCE + " " + GROUP_1 + " ERROR COUNT_VIOLATION");
        assertThat(counts).isEqualTo(new ImportStore.ConsumerCounts(0, 0, 1, 3));
        assertThat(rows("M365_STAGED_CHANGE", 2)).isEqualTo(3);
        assertThat(rows("M365_STAGED_USER", 2)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDirectAssignmentWinsAndAGroupsOnlyLicenceNamesItsFirstGroupAsItChanges(TestDatabase database)
            throws SQLException {
        store = storeOn(database);
        portalWithLicences();
        store.stage(
                1,
                List.of(
                        user("a").direct(SKU).through(SKU, GROUP_2).build(),
                        user("b").through(SKU, GROUP_2, GROUP_1).build(),
                        user("c").through(SKU, GROUP_1).build(),
                        user("d")
                                .through(SKU, GROUP_1)
                                .fails(SKU, null, "Error", "CountViolation")
                                .build()),
                Set.of(SKU));
        merge(1, true, LICENCE);
        List<String> firstAssignments = assignments();
        store.stage(
                2,
                List.of(
                        user("a").through(SKU, GROUP_2).direct(SKU).build(),
                        user("b").through(SKU, GROUP_2).build(),
                        user("c").direct(SKU).build(),
                        user("d")
                                .through(SKU, GROUP_1)
                                .fails(SKU, null, "Error", "CountViolation")
                                .build()),
                Set.of(SKU));
        ImportStore.ConsumerCounts second = merge(2, true, LICENCE);

        assertThat(firstAssignments)
                .containsExactly("a: DIRECT null", "b: GROUP " + GROUP_1, "c: GROUP " + GROUP_1, "d: GROUP " + GROUP_1);
        assertThat(assignments())
                .containsExactly("a: DIRECT null", "b: GROUP " + GROUP_2, "c: DIRECT null", "d: GROUP " + GROUP_1);
        assertThat(second)
                .as("a source or group that changed creates and removes nothing")
                .isEqualTo(new ImportStore.ConsumerCounts(0, 0, 0, 0));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theUsersTypeAgeAndSignInsAreMergedNullsAndChangesIncluded(TestDatabase database) throws SQLException {
        store = storeOn(database);
        portalWithLicences();
        UserBuilder adele = user("adele").direct(SKU).type("Member").created(T0).signIns(T1, T2, T1);

        ImportStore.ConsumerCounts created = stageAndMerge(1, true, adele);
        Facts first = facts("adele");
        ImportStore.ConsumerCounts unchanged = stageAndMerge(2, true, adele);
        ImportStore.ConsumerCounts toGuest = stageAndMerge(3, true, adele.type("Guest"));
        Facts guest = facts("adele");
        ImportStore.ConsumerCounts typeGone = stageAndMerge(4, true, adele.type(null));
        stageAndMerge(5, true, adele.type("Guest"));
        ImportStore.ConsumerCounts ageGone = stageAndMerge(6, true, adele.created(null));
        Facts ageless = facts("adele");
        ImportStore.ConsumerCounts ageBack = stageAndMerge(7, true, adele.created(T0));

        assertThat(created.contactsCreated()).isEqualTo(1);
        assertThat(first).isEqualTo(new Facts("Member", T0, T1, T2, T1, T2));
        assertThat(unchanged.contactsUpdated()).isZero();
        assertThat(toGuest.contactsUpdated()).isEqualTo(1);
        assertThat(guest.userType()).isEqualTo("Guest");
        assertThat(typeGone.contactsUpdated())
                .as("a type that is gone is a change")
                .isEqualTo(1);
        assertThat(ageGone.contactsUpdated())
                .as("a date that is gone is a change")
                .isEqualTo(1);
        assertThat(ageless).isEqualTo(new Facts("Guest", null, T1, T2, T1, T2));
        assertThat(ageBack.contactsUpdated())
                .as("a date where there was none is a change")
                .isEqualTo(1);
        assertThat(facts("adele").createdAt()).isEqualTo(T0);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void newSignInsAreStoredWithoutCountingTheContactAsUpdated(TestDatabase database) throws SQLException {
        store = storeOn(database);
        portalWithLicences();
        UserBuilder adele = user("adele").direct(SKU).type("Member").created(T0).signIns(T1, null, T1);
        stageAndMerge(1, true, adele);
        Facts interactiveOnly = facts("adele");

        ImportStore.ConsumerCounts later = stageAndMerge(2, true, adele.signIns(T1, T3, T1));
        Facts nonInteractiveLater = facts("adele");
        ImportStore.ConsumerCounts none = stageAndMerge(3, true, adele.signIns(null, null, null));

        assertThat(interactiveOnly).isEqualTo(new Facts("Member", T0, T1, null, T1, T1));
        assertThat(later.contactsUpdated()).isZero();
        assertThat(nonInteractiveLater)
                .as("active = the later of the interactive and non-interactive sign-in")
                .isEqualTo(new Facts("Member", T0, T1, T3, T1, T3));
        assertThat(none.contactsUpdated()).isZero();
        assertThat(facts("adele")).isEqualTo(new Facts("Member", T0, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutSignInsContactsKeepThoseReadBeforeAndNewContactsHaveNone(TestDatabase database) throws SQLException {
        store = storeOn(database);
        portalWithLicences();
        stageAndMerge(
                1, true, user("adele").direct(SKU).type("Member").created(T0).signIns(T1, T2, T1));

        ImportStore.ConsumerCounts unread = stageAndMerge(
                2,
                false,
                user("adele").direct(SKU).type("Guest").created(T0),
                user("bert").direct(SKU).type("Member").created(T1));

        assertThat(unread).isEqualTo(new ImportStore.ConsumerCounts(1, 1, 1, 0));
        assertThat(facts("adele"))
                .as("the type is read without sign-ins; the sign-ins are those read before")
                .isEqualTo(new Facts("Guest", T0, T1, T2, T1, T2));
        assertThat(facts("bert")).isEqualTo(new Facts("Member", T1, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachLicencesServicePlansAreReplacedAndOtherLicencesKeepTheirs(TestDatabase database) throws SQLException {
        store = storeOn(database);
        portalWithLicences();
        replacePlans(Map.of(
                LICENCE,
                List.of(
                        plan(EXCHANGE, "EXCHANGE_S_ENTERPRISE"),
                        plan(SHAREPOINT.toUpperCase(Locale.ROOT), "SHAREPOINTENTERPRISE"),
                        plan(EXCHANGE, "EXCHANGE_S_ENTERPRISE"),
                        plan("not-a-guid-" + "x".repeat(40), "TOO_LONG")),
                OTHER_LICENCE,
                List.of(plan(EXCHANGE, "EXCHANGE_S_ENTERPRISE"))));
        List<String> first = plans();

        replacePlans(Map.of(LICENCE, List.of(plan(SHAREPOINT, "SHAREPOINTENTERPRISE_RENAMED"))));

        assertThat(first)
                .containsExactly(
                        LICENCE + " " + EXCHANGE + " EXCHANGE_S_ENTERPRISE User",
                        LICENCE + " " + SHAREPOINT + " SHAREPOINTENTERPRISE User",
                        OTHER_LICENCE + " " + EXCHANGE + " EXCHANGE_S_ENTERPRISE User");
        assertThat(plans())
                .containsExactly(
                        LICENCE + " " + SHAREPOINT + " SHAREPOINTENTERPRISE_RENAMED User",
                        OTHER_LICENCE + " " + EXCHANGE + " EXCHANGE_S_ENTERPRISE User");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void failedAssignmentsAreThoseOfTheRunForEachSynchronisedLicence(TestDatabase database) throws SQLException {
        store = storeOn(database);
        portalWithLicences();
        store.stage(
                1,
                List.of(
                        user("waits")
                                .fails(SKU, GROUP_1, "Error", "CountViolation")
                                .build(),
                        user("holds")
                                .direct(SKU)
                                .fails(SKU, null, "ActiveWithError", "DependencyViolation")
                                .build(),
                        user("clashes")
                                .fails(OTHER_SKU, null, "Error", "MutuallyExclusiveViolation")
                                .build()),
                Set.of(SKU, OTHER_SKU));
        ImportStore.ConsumerCounts first = merge(1, true, LICENCE, OTHER_LICENCE);
        List<String> failedFirst = failures();
        List<String> heldFirst = assignments();
        store.stage(
                2,
                List.of(
                        user("waits").through(SKU, GROUP_1).build(),
                        user("holds").direct(SKU).build(),
                        user("clashes")
                                .fails(OTHER_SKU, GROUP_2, "Error", "CountViolation")
                                .build()),
                Set.of(SKU, OTHER_SKU));
        merge(2, true, LICENCE);

        assertThat(first.contactsCreated())
                .as("those who only wait are contacts too")
                .isEqualTo(3);
        assertThat(heldFirst).containsExactly("holds: DIRECT null");
        assertThat(failedFirst)
                .containsExactly(
                        "clashes " + OTHER_LICENCE + " null ERROR MUTUALLY_EXCLUSIVE_VIOLATION",
                        "holds " + LICENCE + " null ACTIVE_WITH_ERROR DEPENDENCY_VIOLATION",
                        "waits " + LICENCE + " " + GROUP_1 + " ERROR COUNT_VIOLATION");
        assertThat(failures())
                .as("the licence the run synchronised has none left; the other keeps those read before")
                .containsExactly("clashes " + OTHER_LICENCE + " null ERROR MUTUALLY_EXCLUSIVE_VIOLATION");
    }

    private static final String OTHER_SKU = "c7df2760-2c81-4ef7-b578-5b5392b571df";
    private static final long OTHER_LICENCE = 11;
    private static final String GROUP_1 = "0f0f0f0f-0000-0000-0000-000000000001";
    private static final String GROUP_2 = "0f0f0f0f-0000-0000-0000-000000000002";
    private static final String EXCHANGE = "efb87545-963c-4e0d-99df-69c6916d9eb0";
    private static final String SHAREPOINT = "5dbe027f-2339-4123-9542-606e4d348a72";
    private static final Instant T0 = Instant.parse("2019-03-26T11:12:13Z");
    private static final Instant T1 = Instant.parse("2025-05-01T08:00:00.123456Z");
    private static final Instant T2 = Instant.parse("2025-05-02T09:30:00Z");
    private static final Instant T3 = Instant.parse("2025-06-15T17:45:00Z");

    /** What the contact holds of a user's facts. */
    private record Facts(
            String userType,
            Instant createdAt,
            Instant lastSignInAt,
            Instant lastNonInteractiveSignInAt,
            Instant lastSuccessfulSignInAt,
            Instant lastActiveAt) {}

    private ImportStore.ConsumerCounts stageAndMerge(long runId, boolean signInsRead, UserBuilder... users)
            throws SQLException {
        store.stage(runId, Arrays.stream(users).map(UserBuilder::build).toList(), Set.of(SKU));
        return merge(runId, signInsRead, LICENCE);
    }

    /** Commits like the import's merge, so the next run's staging takes no locks the merge still holds. */
    private ImportStore.ConsumerCounts merge(long runId, boolean signInsRead, Long... licenceIds) throws SQLException {
        return merge(runId, signInsRead, false, licenceIds);
    }

    private ImportStore.ConsumerCounts merge(long runId, boolean signInsRead, boolean partial, Long... licenceIds)
            throws SQLException {
        try (Connection connection = store.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ImportStore.ConsumerCounts counts = store.mergeConsumers(
                    connection, runId, PORTAL, List.of(licenceIds), signInsRead, partial, Instant.EPOCH);
            connection.commit();
            return counts;
        }
    }

    private void replacePlans(Map<Long, List<SubscribedSku.ServicePlan>> plans) throws SQLException {
        try (Connection connection = store.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            store.replaceServicePlans(connection, plans);
            connection.commit();
        }
    }

    private static SubscribedSku.ServicePlan plan(String id, String name) {
        return new SubscribedSku.ServicePlan(id, name, "User", "Success");
    }

    private void portalWithLicences() throws SQLException {
        try (Connection connection = store.dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO M365_PORTAL (ID, VERSION, NAME, NAME_KEY, TENANT_ID, CLIENT_ID, CLOUD,"
                    + " AUTH_TYPE, CREATED_AT, UPDATED_AT) VALUES (" + PORTAL + ", 1, 'Contoso', 'contoso',"
                    + " '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222', 'GLOBAL',"
                    + " 'CLIENT_SECRET', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            for (Object[] licence :
                    new Object[][] {{LICENCE, SKU, "ENTERPRISEPACK"}, {OTHER_LICENCE, OTHER_SKU, "SPE_E5"}}) {
                sql.executeUpdate("INSERT INTO M365_LICENCE (ID, VERSION, PORTAL_ID, SOURCE_NAME, SKU_ID,"
                        + " SKU_PART_NUMBER, TITLE, ENABLED_UNITS, SUSPENDED_UNITS, WARNING_UNITS, LOCKED_OUT_UNITS,"
                        + " CONSUMED_UNITS, SYNC_STATUS) VALUES (" + licence[0] + ", 1, " + PORTAL + ", 'Contoso', '"
                        + licence[1] + "', '" + licence[2] + "', '" + licence[2]
                        + "', 10, 0, 0, 0, 0, 'SYNCHRONISED')");
            }
        }
    }

    private List<String> assignments() throws SQLException {
        return strings(
                "SELECT c.DISPLAY_NAME, a.ASSIGNED_VIA, a.GROUP_ID FROM M365_CONSUMER_ASSIGNMENT a"
                        + " JOIN M365_CONTACT c ON c.ID = a.CONTACT_ID ORDER BY c.DISPLAY_NAME",
                row -> row.getString(1) + ": " + row.getString(2) + " " + row.getString(3));
    }

    private List<String> failures() throws SQLException {
        return strings(
                "SELECT c.DISPLAY_NAME, e.LICENCE_ID, e.GROUP_ID, e.STATE, e.ERROR FROM M365_ASSIGNMENT_ERROR e"
                        + " JOIN M365_CONTACT c ON c.ID = e.CONTACT_ID ORDER BY c.DISPLAY_NAME, e.LICENCE_ID",
                row -> row.getString(1) + " " + row.getLong(2) + " " + row.getString(3) + " " + row.getString(4) + " "
                        + row.getString(5));
    }

    private List<String> plans() throws SQLException {
        return strings(
                "SELECT LICENCE_ID, SERVICE_PLAN_ID, SERVICE_PLAN_NAME, APPLIES_TO FROM M365_SERVICE_PLAN"
                        + " ORDER BY LICENCE_ID, SERVICE_PLAN_NAME",
                row -> row.getLong(1) + " " + row.getString(2) + " " + row.getString(3) + " " + row.getString(4));
    }

    private Facts facts(String displayName) throws SQLException {
        List<Facts> found = new ArrayList<>();
        try (Connection connection = store.dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT USER_TYPE, CREATED_AT, LAST_SIGN_IN_AT,"
                        + " LAST_NON_INTERACTIVE_SIGN_IN_AT, LAST_SUCCESSFUL_SIGN_IN_AT, LAST_ACTIVE_AT"
                        + " FROM M365_CONTACT WHERE DISPLAY_NAME = ?")) {
            query.setString(1, displayName);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.add(new Facts(
                            row.getString(1),
                            instant(row.getTimestamp(2)),
                            instant(row.getTimestamp(3)),
                            instant(row.getTimestamp(4)),
                            instant(row.getTimestamp(5)),
                            instant(row.getTimestamp(6))));
                }
            }
        }
        assertThat(found).as("one contact named " + displayName).hasSize(1);
        return found.get(0);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private interface Row {
        String of(ResultSet row) throws SQLException;
    }

    private List<String> strings(String sql, Row row) throws SQLException {
        try (Connection connection = store.dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> strings = new ArrayList<>();
            while (rows.next()) {
                strings.add(row.of(rows));
            }
            return strings;
        }
    }

    private static ImportStore storeOn(TestDatabase database) throws SQLException {
        ImportStore store = new ImportStore();
        store.dataSource = DATABASES.of(database);
        return store;
    }

    private int rows(String table, long runId) throws SQLException {
        try (Connection connection = store.dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE RUN_ID = ?")) {
            query.setLong(1, runId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static UserBuilder user(String name) {
        return new UserBuilder(name);
    }

    /** A Graph user as the tests need it; each change returns the builder, so a user can be imported again changed. */
    private static final class UserBuilder {

        private final String name;
        private String userType = "Member";
        private Instant createdAt;
        private GraphUser.SignIns signIns;
        private final List<GraphUser.AssignedLicense> licences = new ArrayList<>();
        private final List<GraphUser.LicenseAssignmentState> states = new ArrayList<>();
        private boolean removed;

        UserBuilder(String name) {
            this.name = name;
        }

        UserBuilder direct(String skuId) {
            hold(skuId);
            states.add(new GraphUser.LicenseAssignmentState(skuId, null, "Active", "None", List.of()));
            return this;
        }

        UserBuilder through(String skuId, String... groups) {
            hold(skuId);
            for (String group : groups) {
                states.add(new GraphUser.LicenseAssignmentState(skuId, group, "Active", "None", List.of()));
            }
            return this;
        }

        UserBuilder fails(String skuId, String group, String state, String error) {
            states.add(new GraphUser.LicenseAssignmentState(skuId, group, state, error, List.of()));
            return this;
        }

        UserBuilder type(String type) {
            this.userType = type;
            return this;
        }

        UserBuilder created(Instant at) {
            this.createdAt = at;
            return this;
        }

        UserBuilder signIns(Instant interactive, Instant nonInteractive, Instant successful) {
            this.signIns = new GraphUser.SignIns(text(interactive), text(nonInteractive), text(successful));
            return this;
        }

        private void hold(String skuId) {
            if (licences.stream().noneMatch(l -> l.skuId().equals(skuId))) {
                licences.add(new GraphUser.AssignedLicense(skuId, List.of()));
            }
        }

        private static String text(Instant instant) {
            return instant == null ? null : instant.toString();
        }

        GraphUser build() {
            String id = "10000000-0000-0000-0000-" + "%012d".formatted(name.hashCode() & 0xffff);
            return new GraphUser(
                    id,
                    name,
                    name + "@contoso.example",
                    null,
                    true,
                    null,
                    userType,
                    text(createdAt),
                    signIns,
                    List.copyOf(licences),
                    List.copyOf(states),
                    removed ? new GraphUser.Removed("changed") : null);
        }

        /** As a delta round reports a deleted user: the id and {@code @removed}, nothing else. */
        UserBuilder removed() {
            this.removed = true;
            licences.clear();
            states.clear();
            return this;
        }
    }
}
