package dev.itam.m365.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * After a refresh each database knows what a freshly filled table holds: 1,000 rows whose column
 * {@code V} has ten values, where before the database had no sample or a guess.
 */
class TableStatisticsTest {

    private static final TestDatabase.Migrated DATABASES = new TestDatabase.Migrated("m365_statistics_unit");

    @AfterAll
    static void dropDatabases() throws SQLException {
        DATABASES.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseSamplesTheRowsARefreshNames(TestDatabase database) throws SQLException {
        try (Connection connection = DATABASES.of(database).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS T_FILLED");
            statement.execute("DROP TABLE IF EXISTS T_OTHER");
            statement.execute("CREATE TABLE T_FILLED (ID INT PRIMARY KEY, V VARCHAR(10))");
            statement.execute("CREATE TABLE T_OTHER (ID INT PRIMARY KEY, V VARCHAR(10))");
            StringBuilder rows = new StringBuilder();
            for (int id = 1; id <= 1000; id++) {
                rows.append(id == 1 ? "" : ", ")
                        .append("(")
                        .append(id)
                        .append(", 'v")
                        .append(id % 10)
                        .append("')");
            }
            statement.execute("INSERT INTO T_FILLED (ID, V) VALUES " + rows);
            statement.execute("INSERT INTO T_OTHER (ID, V) VALUES " + rows);

            TableStatistics.refresh(connection, List.of("T_FILLED", "T_OTHER"));

            assertThat(sampled(database, statement, "T_FILLED")).isEqualTo(sampledAnswer(database));
            assertThat(sampled(database, statement, "T_OTHER")).isEqualTo(sampledAnswer(database));
        }
    }

    /**
     * PostgreSQL says it never sampled a new table, then how many rows its sample found; MariaDB and
     * H2 give no figure to decide on, so an import samples on them before it ends.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void postgresqlTellsTheRowsItSampled(TestDatabase database) throws SQLException {
        try (Connection connection = DATABASES.of(database).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS T_COUNTED");
            statement.execute("CREATE TABLE T_COUNTED (ID INT PRIMARY KEY)");
            statement.execute("INSERT INTO T_COUNTED (ID) VALUES (1), (2), (3)");

            Optional<Map<String, Long>> before = TableStatistics.sampledRows(connection, List.of("T_COUNTED"));
            TableStatistics.refresh(connection, List.of("T_COUNTED"));
            Optional<Map<String, Long>> after = TableStatistics.sampledRows(connection, List.of("T_COUNTED"));

            if (database == TestDatabase.POSTGRESQL) {
                assertThat(before).contains(Map.of("T_COUNTED", -1L));
                assertThat(after).contains(Map.of("T_COUNTED", 3L));
            } else {
                assertThat(before).isEmpty();
                assertThat(after).isEmpty();
            }
        }
    }

    /** What the database's planner believes of the table: its row count, or the share of rows per value of V. */
    private static long sampled(TestDatabase database, Statement statement, String table) throws SQLException {
        String sql = switch (database) {
            case POSTGRESQL ->
                "SELECT n_distinct FROM pg_stats WHERE tablename = '" + table.toLowerCase() + "' AND attname = 'v'";
            case MARIADB ->
                "SELECT n_rows FROM mysql.innodb_table_stats WHERE database_name = DATABASE()" + " AND table_name = '"
                        + table + "'";
            case H2 ->
                "SELECT SELECTIVITY FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '" + table
                        + "' AND COLUMN_NAME = 'V'";
        };
        try (ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).as("statistics of %s", table).isTrue();
            return result.getLong(1);
        }
    }

    /** Ten values of V (PostgreSQL), 1,000 rows (MariaDB), one row in a hundred per value (H2's selectivity 1). */
    private static long sampledAnswer(TestDatabase database) {
        return switch (database) {
            case POSTGRESQL -> 10;
            case MARIADB -> 1000;
            case H2 -> 1;
        };
    }
}
