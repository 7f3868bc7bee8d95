package dev.itam.m365.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The database the current failsafe execution runs the plugin on, as failsafe's system properties name it. */
public final class ItDatabase {

    private ItDatabase() {}

    public static String kind() {
        return System.getProperty("it.database", "h2");
    }

    public static String url() {
        return System.getProperty("it.db.url");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                url(), System.getProperty("it.db.user", ""), System.getProperty("it.db.password", ""));
    }

    /** A connection to the server's maintenance database, where the test database can be dropped and created. */
    static Connection connectToServer() throws SQLException {
        return switch (kind()) {
            case "postgresql" ->
                DriverManager.getConnection(url().replace("/m365_it", "/test"), System.getProperty("it.db.user"), "");
            case "mariadb" ->
                DriverManager.getConnection(url().replace("/m365_it", "/"), System.getProperty("it.db.user"), "");
            default -> throw new IllegalStateException("Not a database server: " + kind());
        };
    }
}
