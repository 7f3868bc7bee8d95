package dev.itam.m365.persistence;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/** The databases the plugin supports, with the column types the migrations need from each. */
enum DatabaseVendor {
    H2("CHARACTER VARYING(1000000)", "TIMESTAMP(6)", ""),
    POSTGRESQL("TEXT", "TIMESTAMP(6)", ""),
    MARIADB("MEDIUMTEXT", "DATETIME(6)", " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");

    private final String text;
    private final String timestamp;
    private final String tableOptions;

    DatabaseVendor(String text, String timestamp, String tableOptions) {
        this.text = text;
        this.timestamp = timestamp;
        this.tableOptions = tableOptions;
    }

    static DatabaseVendor of(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return MARIADB;
        }
        throw new SQLException("Unsupported database '" + metaData.getDatabaseProductName()
                + "'. The plugin supports H2, PostgreSQL and MariaDB.");
    }

    /** The folder of the migrations written for this database alone. */
    String migrations() {
        return "m365-" + name().toLowerCase(Locale.ROOT);
    }

    /** Values for the placeholders of the migration scripts. */
    Map<String, String> placeholders() {
        return Map.of("text", text, "timestamp", timestamp, "tableOptions", tableOptions);
    }
}
