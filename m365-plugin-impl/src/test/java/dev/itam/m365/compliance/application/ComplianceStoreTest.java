package dev.itam.m365.compliance.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.licensing.ConsumerType;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.persistence.SchemaMigrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The compliance rule on each supported database, on a schema built by the plugin's own migrations:
 * the SQL is the same text everywhere, but each database types and compares it its own way.
 * PostgreSQL and MariaDB are expected on their default local ports, as in CI.
 */
class ComplianceStoreTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:15:30Z");
    private static final long PORTAL = 1;
    private static final long LICENCE = 10;
    private static final String UNIT_DATABASE = "m365_unit";

    private static final Map<Database, DataSource> MIGRATED = new EnumMap<>(Database.class);

    enum Database {
        H2 {
            @Override
            DataSource create() {
                JdbcDataSource dataSource = new JdbcDataSource();
                dataSource.setURL("jdbc:h2:mem:" + UNIT_DATABASE + ";DB_CLOSE_DELAY=-1");
                return dataSource;
            }

            @Override
            void drop() throws SQLException {
                try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + UNIT_DATABASE);
                        Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        },
        POSTGRESQL {
            private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

            @Override
            DataSource create() throws SQLException {
                recreate(SERVER + "test", "postgres");
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(SERVER + UNIT_DATABASE);
                dataSource.setUser("postgres");
                return dataSource;
            }

            @Override
            void drop() throws SQLException {
                execute(SERVER + "test", "postgres", "DROP DATABASE IF EXISTS " + UNIT_DATABASE);
            }
        },
        MARIADB {
            private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

            @Override
            DataSource create() throws SQLException {
                recreate(SERVER, "root");
                MariaDbDataSource dataSource = new MariaDbDataSource(SERVER + UNIT_DATABASE);
                dataSource.setUser("root");
                dataSource.setPassword("");
                return dataSource;
            }

            @Override
            void drop() throws SQLException {
                execute(SERVER, "root", "DROP DATABASE IF EXISTS " + UNIT_DATABASE);
            }
        };

        abstract DataSource create() throws SQLException;

        abstract void drop() throws SQLException;

        static void recreate(String url, String user) throws SQLException {
            execute(url, user, "DROP DATABASE IF EXISTS " + UNIT_DATABASE);
            execute(url, user, "CREATE DATABASE " + UNIT_DATABASE);
        }

        static void execute(String url, String user, String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, "");
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        for (Database database : MIGRATED.keySet()) {
            database.drop();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void asManyConsumersAsSeatsIsCompliantAndReplacesTheLastResult(Database database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 2, SyncStatus.SYNCHRONISED, null);
            consumers(connection, 2);
            insert(
                    connection,
                    "INSERT INTO M365_COMPLIANCE_RESULT (LICENCE_ID, OWNED, CONSUMED, STATUS, CALCULATED_AT)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    LICENCE,
                    2,
                    3,
                    ComplianceStatus.UNDER_LICENSED.name(),
                    Timestamp.from(NOW.minusSeconds(3600)));

            assertThat(new ComplianceStore(connection).recalculate(NOW)).isEqualTo(1);

            assertThat(result(connection)).isEqualTo(new Result(2, 2, ComplianceStatus.COMPLIANT, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void moreConsumersThanSeatsIsUnderLicensed(Database database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 1, SyncStatus.SYNCHRONISED, null);
            consumers(connection, 3);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(1, 3, ComplianceStatus.UNDER_LICENSED, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void fewerConsumersThanSeatsIsOverLicensed(Database database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 5, SyncStatus.SYNCHRONISED, null);
            consumers(connection, 2);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(5, 2, ComplianceStatus.OVER_LICENSED, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLicenceNobodyConsumesCountsNoConsumers(Database database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 4, SyncStatus.SYNCHRONISED, null);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(4, 0, ComplianceStatus.OVER_LICENSED, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUnsynchronisedLicenceCannotBeSynchronisedWhateverItsConsumers(Database database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 1, SyncStatus.CANNOT_BE_SYNCHRONISED, SyncProblem.SKU_REMOVED_FROM_TENANT);
            consumers(connection, 3);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection))
                    .isEqualTo(new Result(
                            1, 3, ComplianceStatus.CANNOT_BE_SYNCHRONISED, SyncProblem.SKU_REMOVED_FROM_TENANT, NOW));
        });
    }

    private record Result(
            int owned, int consumed, ComplianceStatus status, SyncProblem problem, Instant calculatedAt) {}

    private interface Work {
        void on(Connection connection) throws SQLException;
    }

    /** Rolls the work back, so every test starts from empty tables. */
    private static void rolledBack(Database database, Work work) throws SQLException {
        try (Connection connection = migrated(database).getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.on(connection);
            } finally {
                connection.rollback();
            }
        }
    }

    private static synchronized DataSource migrated(Database database) throws SQLException {
        DataSource dataSource = MIGRATED.get(database);
        if (dataSource == null) {
            dataSource = database.create();
            SchemaMigrator.apply(dataSource);
            MIGRATED.put(database, dataSource);
        }
        return dataSource;
    }

    private static void licence(Connection connection, int enabledUnits, SyncStatus status, SyncProblem problem)
            throws SQLException {
        Timestamp now = Timestamp.from(NOW);
        insert(
                connection,
                "INSERT INTO M365_PORTAL (ID, VERSION, NAME, NAME_KEY, TENANT_ID, CLIENT_ID, CLOUD, AUTH_TYPE,"
                        + " CREATED_AT, UPDATED_AT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
                PORTAL,
                "Contoso",
                "contoso",
                "11111111-1111-1111-1111-111111111111",
                "22222222-2222-2222-2222-222222222222",
                NationalCloud.GLOBAL.name(),
                AuthenticationType.CLIENT_SECRET.name(),
                now,
                now);
        insert(
                connection,
                "INSERT INTO M365_LICENCE (ID, VERSION, PORTAL_ID, SOURCE_NAME, SKU_ID, SKU_PART_NUMBER, TITLE,"
                        + " ENABLED_UNITS, SUSPENDED_UNITS, WARNING_UNITS, LOCKED_OUT_UNITS, CONSUMED_UNITS, SYNC_STATUS,"
                        + " SYNC_PROBLEM) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?)",
                LICENCE,
                PORTAL,
                "Contoso",
                "33333333-3333-3333-3333-333333333333",
                "ENTERPRISEPACK",
                "Office 365 E3",
                enabledUnits,
                0,
                status.name(),
                problem == null ? null : problem.name());
    }

    private static void consumers(Connection connection, int count) throws SQLException {
        for (long contact = 100; contact < 100 + count; contact++) {
            insert(
                    connection,
                    "INSERT INTO M365_CONTACT (ID, VERSION, ENTRA_OBJECT_ID, PORTAL_ID, ACCOUNT_ENABLED,"
                            + " SYNC_STATUS) VALUES (?, 1, ?, ?, ?, ?)",
                    contact,
                    "object-" + contact,
                    PORTAL,
                    true,
                    SyncStatus.SYNCHRONISED.name());
            insert(
                    connection,
                    "INSERT INTO M365_CONSUMER_ASSIGNMENT (CONTACT_ID, LICENCE_ID, CONSUMER_TYPE, ASSIGNED_VIA)"
                            + " VALUES (?, ?, ?, ?)",
                    contact,
                    LICENCE,
                    ConsumerType.MICROSOFT_365.name(),
                    AssignmentSource.DIRECT.name());
        }
    }

    private static void insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    insert.setNull(i + 1, Types.VARCHAR);
                } else {
                    insert.setObject(i + 1, values[i]);
                }
            }
            insert.executeUpdate();
        }
    }

    private static Result result(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT OWNED, CONSUMED, STATUS, SYNC_PROBLEM,"
                + " CALCULATED_AT FROM M365_COMPLIANCE_RESULT WHERE LICENCE_ID = ?")) {
            query.setLong(1, LICENCE);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a result for the licence").isTrue();
                String problem = row.getString(4);
                Result result = new Result(
                        row.getInt(1),
                        row.getInt(2),
                        ComplianceStatus.valueOf(row.getString(3)),
                        problem == null ? null : SyncProblem.valueOf(problem),
                        row.getTimestamp(5).toInstant());
                assertThat(row.next()).as("one result for the licence").isFalse();
                return result;
            }
        }
    }
}
