package dev.itam.m365.importing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.graph.client.GraphUser;
import dev.itam.m365.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Staging on each supported database: what a run staged is found and removed by run. */
class ImportStoreTest {

    private static final String SKU = "6fd2c87f-b296-42f0-b197-1e91e994b900";
    private static final TestDatabase.Migrated DATABASES = new TestDatabase.Migrated("m365_staging_unit");

    private ImportStore store;

    @AfterAll
    static void dropDatabases() throws SQLException {
        DATABASES.close();
    }

    @AfterEach
    void emptyStaging() throws SQLException {
        try (Connection connection = store.dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM M365_STAGED_LICENCE");
            sql.executeUpdate("DELETE FROM M365_STAGED_USER");
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
