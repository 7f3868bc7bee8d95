package dev.itam.m365.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The supported databases for tests of the plugin's SQL, each migrated once by the plugin's own
 * migrations into a database of the test's name. PostgreSQL and MariaDB are expected on their
 * default local ports, as in CI.
 */
public enum TestDatabase {
    H2 {
        @Override
        DataSource create(String name) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            return dataSource;
        }

        @Override
        void drop(String name) throws SQLException {
            try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name);
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    },
    POSTGRESQL {
        private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

        @Override
        DataSource create(String name) throws SQLException {
            recreate(SERVER + "test", "postgres", name);
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(SERVER + name);
            dataSource.setUser("postgres");
            return dataSource;
        }

        @Override
        void drop(String name) throws SQLException {
            execute(SERVER + "test", "postgres", "DROP DATABASE IF EXISTS " + name);
        }
    },
    MARIADB {
        private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

        @Override
        DataSource create(String name) throws SQLException {
            recreate(SERVER, "root", name);
            MariaDbDataSource dataSource = new MariaDbDataSource(SERVER + name);
            dataSource.setUser("root");
            dataSource.setPassword("");
            return dataSource;
        }

        @Override
        void drop(String name) throws SQLException {
            execute(SERVER, "root", "DROP DATABASE IF EXISTS " + name);
        }
    };

    abstract DataSource create(String name) throws SQLException;

    abstract void drop(String name) throws SQLException;

    /** The databases of one test class, created and migrated on first use. */
    public static final class Migrated implements AutoCloseable {

        private final String name;
        private final Map<TestDatabase, DataSource> created = new EnumMap<>(TestDatabase.class);

        public Migrated(String name) {
            this.name = name;
        }

        public synchronized DataSource of(TestDatabase database) throws SQLException {
            DataSource dataSource = created.get(database);
            if (dataSource == null) {
                dataSource = database.create(name);
                SchemaMigrator.apply(dataSource);
                created.put(database, dataSource);
            }
            return dataSource;
        }

        /** Drops every database this test created. */
        @Override
        public synchronized void close() throws SQLException {
            for (TestDatabase database : created.keySet()) {
                database.drop(name);
            }
            created.clear();
        }
    }

    /** Runs one statement with its values in order on the test's connection; a null value is a null text. */
    public static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.executeUpdate();
        }
    }

    private static void recreate(String url, String user, String name) throws SQLException {
        execute(url, user, "DROP DATABASE IF EXISTS " + name);
        execute(url, user, "CREATE DATABASE " + name);
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
