package dev.itam.m365.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Has the database sample tables a bulk write has just filled, as PostgreSQL's manual asks after
 * loading data. Its planner otherwise plans every join for a table it has never analysed as if it
 * held a row or two; where autovacuum is off, or before it comes round, the reclaim list of a freshly
 * imported 100,000-user tenant then took 30 s instead of 0.4 s. MariaDB and H2 sample on their own
 * after many changes; asking them too costs little and makes the next read's plan certain.
 */
public final class TableStatistics {

    private TableStatistics() {}

    /** Refreshes the tables' statistics; the names are the plugin's own table names, never input. */
    public static void refresh(Connection connection, List<String> tables) throws SQLException {
        DatabaseVendor vendor = DatabaseVendor.of(connection.getMetaData());
        try (Statement statement = connection.createStatement()) {
            switch (vendor) {
                case POSTGRESQL -> statement.execute("ANALYZE " + String.join(", ", tables));
                case MARIADB -> statement.execute("ANALYZE TABLE " + String.join(", ", tables));
                case H2 -> {
                    for (String table : tables) {
                        statement.execute("ANALYZE TABLE " + table);
                    }
                }
            }
        }
    }
}
