package dev.itam.m365.importing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.graph.client.GraphUser;
import dev.itam.m365.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Staging and the set-based merge on each supported database: what a run staged is found and
 * removed by run, and merged into contacts and assignments.
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
                    "M365_STAGED_LICENCE",
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
    void stagingKeepsOnlyLicensedUsersAndListsTheirRuns(TestDatabase database) throws SQLException {
        store = storeOn(database);

        int staged =
                store.stage(7, List.of(user("a", SKU), user("b", "00000000-0000-0000-0000-000000000001")), Set.of(SKU));
        store.stage(8, List.of(user("c", SKU)), Set.of(SKU));

        assertThat(staged).isEqualTo(1);
        assertThat(store.stagedRunIds()).containsExactlyInAnyOrder(7L, 8L);
        assertThat(rows("M365_STAGED_USER", 7)).isEqualTo(1);
        assertThat(rows("M365_STAGED_LICENCE", 7)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void discardingARunRemovesItsRowsAndNoOtherRunsRows(TestDatabase database) throws SQLException {
        store = storeOn(database);
        store.stage(7, List.of(user("a", SKU), user("b", SKU)), Set.of(SKU));
        store.stage(8, List.of(user("a", SKU)), Set.of(SKU));

        store.discard(7);

        assertThat(store.stagedRunIds()).containsExactly(8L);
        assertThat(rows("M365_STAGED_USER", 7) + rows("M365_STAGED_LICENCE", 7)).isZero();
        assertThat(rows("M365_STAGED_USER", 8)).isEqualTo(1);
        assertThat(rows("M365_STAGED_LICENCE", 8)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMergeAddsRemovesAndRepointsAssignmentsFromTheRunsStaging(TestDatabase database) throws SQLException {
        store = storeOn(database);
        portalWithLicence();
        store.stage(1, List.of(user("a", SKU), groupUser("b")), Set.of(SKU));
        ImportStore.ConsumerCounts first = merge(1);
        store.stage(2, List.of(groupUser("a"), user("c", SKU)), Set.of(SKU));
        ImportStore.ConsumerCounts second = merge(2);

        assertThat(first).isEqualTo(new ImportStore.ConsumerCounts(2, 0, 2, 0));
        assertThat(second).isEqualTo(new ImportStore.ConsumerCounts(1, 0, 1, 1));
        assertThat(assignments()).containsExactly("a: " + AssignmentSource.GROUP, "c: " + AssignmentSource.DIRECT);
    }

    /** Commits like the import's merge, so the next run's staging takes no locks the merge still holds. */
    private ImportStore.ConsumerCounts merge(long runId) throws SQLException {
        try (Connection connection = store.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ImportStore.ConsumerCounts counts =
                    store.mergeConsumers(connection, runId, PORTAL, List.of(LICENCE), Instant.EPOCH);
            connection.commit();
            return counts;
        }
    }

    private void portalWithLicence() throws SQLException {
        try (Connection connection = store.dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO M365_PORTAL (ID, VERSION, NAME, NAME_KEY, TENANT_ID, CLIENT_ID, CLOUD,"
                    + " AUTH_TYPE, CREATED_AT, UPDATED_AT) VALUES (" + PORTAL + ", 1, 'Contoso', 'contoso',"
                    + " '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222', 'GLOBAL',"
                    + " 'CLIENT_SECRET', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO M365_LICENCE (ID, VERSION, PORTAL_ID, SOURCE_NAME, SKU_ID, SKU_PART_NUMBER,"
                    + " TITLE, ENABLED_UNITS, SUSPENDED_UNITS, WARNING_UNITS, LOCKED_OUT_UNITS, CONSUMED_UNITS,"
                    + " SYNC_STATUS) VALUES (" + LICENCE + ", 1, " + PORTAL + ", 'Contoso', '" + SKU + "',"
                    + " 'ENTERPRISEPACK', 'Office 365 E3', 10, 0, 0, 0, 0, 'SYNCHRONISED')");
        }
    }

    private List<String> assignments() throws SQLException {
        try (Connection connection = store.dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows =
                        sql.executeQuery("SELECT c.DISPLAY_NAME, a.ASSIGNED_VIA FROM M365_CONSUMER_ASSIGNMENT a"
                                + " JOIN M365_CONTACT c ON c.ID = a.CONTACT_ID ORDER BY c.DISPLAY_NAME")) {
            List<String> assignments = new ArrayList<>();
            while (rows.next()) {
                assignments.add(rows.getString(1) + ": " + rows.getString(2));
            }
            return assignments;
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

    private static GraphUser groupUser(String name) {
        GraphUser direct = user(name, SKU);
        return new GraphUser(
                direct.id(),
                name,
                direct.userPrincipalName(),
                null,
                true,
                null,
                direct.assignedLicenses(),
                List.of(new GraphUser.LicenseAssignmentState(SKU, "0f0f0f0f-0000-0000-0000-000000000001")));
    }

    private static GraphUser user(String name, String skuId) {
        String id = "10000000-0000-0000-0000-" + "%012d".formatted(name.hashCode() & 0xffff);
        return new GraphUser(
                id,
                name,
                name + "@contoso.example",
                null,
                true,
                null,
                List.of(new GraphUser.AssignedLicense(skuId)),
                List.of());
    }
}
