package dev.itam.m365.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.catalogue.SkuTitleEntity;
import dev.itam.m365.licensing.domain.ProductEntity;
import dev.itam.m365.licensing.domain.ProductFolder;
import dev.itam.m365.portal.domain.PortalEntity;
import dev.itam.m365.portal.domain.PortalName;
import dev.itam.m365.portal.domain.StoredCredential;
import dev.itam.m365.secret.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The longest text each rule accepts fits its column on every supported database, in the
 * characters each counts its own way: two-byte letters (MariaDB stores bytes), letters outside the
 * BMP (H2 counts them twice), and a secret whose encrypted form is as long as the rule allows.
 * PostgreSQL and MariaDB are expected on their default local ports, as in CI.
 */
class StoredTextColumnsTest {

    private static final String UNIT_DATABASE = "m365_columns";
    private static final String TWO_BYTES = "\u00e9";
    private static final String OUTSIDE_BMP = "\uD83D\uDE00";
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
                execute("jdbc:h2:mem:" + UNIT_DATABASE, "", "SHUTDOWN");
            }
        },
        POSTGRESQL {
            private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

            @Override
            DataSource create() throws SQLException {
                execute(SERVER + "test", "postgres", "DROP DATABASE IF EXISTS " + UNIT_DATABASE);
                execute(SERVER + "test", "postgres", "CREATE DATABASE " + UNIT_DATABASE);
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
                execute(SERVER, "root", "DROP DATABASE IF EXISTS " + UNIT_DATABASE);
                execute(SERVER, "root", "CREATE DATABASE " + UNIT_DATABASE);
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

        static void execute(String url, String user, String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, "");
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    /** A column and the longest text its rule accepts, in one kind of character. */
    private record Longest(String table, String column, String text) {}

    @AfterAll
    static void dropDatabases() throws SQLException {
        for (Database database : MIGRATED.keySet()) {
            database.drop();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theLongestTwoByteTextsFit(Database database) throws SQLException {
        storesExactly(database, longest(TWO_BYTES));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theLongestTextsOutsideTheBmpFit(Database database) throws SQLException {
        storesExactly(database, longest(OUTSIDE_BMP));
    }

    /** Every rule's longest text written with {@code character}, which is one or two UTF-16 units long. */
    private static List<Longest> longest(String character) {
        SecretCipher cipher = new SecretCipher(new SecretKeySpec(new byte[32], "AES"));
        int secretBytes = SecretCipher.maxPlainBytes(StoredCredential.ENCRYPTED_SECRET_COLUMN);
        String secret = character.repeat(secretBytes / character.getBytes(StandardCharsets.UTF_8).length);
        return List.of(
                new Longest("M365_PORTAL", "NAME", fill(character, PortalName.MAX_LENGTH)),
                new Longest("M365_PORTAL", "NAME_KEY", fill(character, PortalName.MAX_LENGTH)),
                new Longest("M365_PORTAL", "DESCRIPTION", fill(character, PortalEntity.MAX_DESCRIPTION)),
                new Longest("M365_PORTAL", "SECRET_ID", fill(character, StoredCredential.MAX_SECRET_ID)),
                new Longest("M365_PORTAL", "SECRET_VALUE_ENC", cipher.encrypt(secret, "client-secret")),
                new Longest(
                        "M365_PORTAL",
                        "CERTIFICATE_SUBJECT",
                        fill(character, StoredCredential.MAX_CERTIFICATE_SUBJECT)),
                new Longest("M365_PRODUCT_FOLDER", "NAME", fill(character, ProductFolder.MAX_NAME)),
                new Longest("M365_PRODUCT", "NAME", fill(character, ProductEntity.MAX_NAME)),
                new Longest("M365_SKU_TITLE", "PART_NUMBER", fill(character, SkuTitleEntity.MAX_PART_NUMBER)),
                new Longest("M365_SKU_TITLE", "TITLE", fill(character, SkuTitleEntity.MAX_TITLE)),
                new Longest("M365_LICENCE", "SKU_PART_NUMBER", fill(character, SkuTitleEntity.MAX_PART_NUMBER)),
                new Longest("M365_LICENCE", "TITLE", fill(character, SkuTitleEntity.MAX_TITLE)),
                new Longest("M365_LICENCE", "SOURCE_NAME", fill(character, PortalName.MAX_LENGTH)));
    }

    /** As many characters as a rule allowing {@code length} UTF-16 units accepts. */
    private static String fill(String character, int length) {
        return character.repeat(length / character.length());
    }

    private static void storesExactly(Database database, List<Longest> texts) throws SQLException {
        try (Connection connection = migrated(database).getConnection()) {
            connection.setAutoCommit(false);
            try {
                rows(connection);
                for (Longest longest : texts) {
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE " + longest.table() + " SET " + longest.column() + " = ?")) {
                        update.setString(1, longest.text());
                        assertThat(update.executeUpdate()).as(longest.table()).isEqualTo(1);
                    }
                    try (Statement query = connection.createStatement();
                            ResultSet row =
                                    query.executeQuery("SELECT " + longest.column() + " FROM " + longest.table())) {
                        assertThat(row.next()).isTrue();
                        assertThat(row.getString(1))
                                .as(longest.table() + "." + longest.column())
                                .isEqualTo(longest.text());
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** One row in each table, with short texts the test then replaces. */
    private static void rows(Connection connection) throws SQLException {
        Timestamp now = Timestamp.from(Instant.parse("2026-06-01T10:00:00Z"));
        try (Statement sql = connection.createStatement();
                PreparedStatement portal = connection.prepareStatement(
                        "INSERT INTO M365_PORTAL (ID, VERSION, NAME, NAME_KEY, TENANT_ID, CLIENT_ID, CLOUD, AUTH_TYPE,"
                                + " CREATED_AT, UPDATED_AT) VALUES (1, 1, 'p', 'p', 't', 'c', 'GLOBAL',"
                                + " 'CLIENT_SECRET', ?, ?)")) {
            portal.setTimestamp(1, now);
            portal.setTimestamp(2, now);
            portal.executeUpdate();
            sql.executeUpdate("INSERT INTO M365_PRODUCT_FOLDER (ID, VERSION, NAME) VALUES (2, 1, 'f')");
            sql.executeUpdate(
                    "INSERT INTO M365_LICENCE (ID, VERSION, PORTAL_ID, SOURCE_NAME, SKU_ID, SKU_PART_NUMBER, TITLE,"
                            + " ENABLED_UNITS, SUSPENDED_UNITS, WARNING_UNITS, LOCKED_OUT_UNITS, CONSUMED_UNITS,"
                            + " SYNC_STATUS) VALUES (3, 1, 1, 'p', 's', 'P', 'T', 0, 0, 0, 0, 0, 'SYNCHRONISED')");
            sql.executeUpdate("INSERT INTO M365_PRODUCT (ID, VERSION, NAME, FOLDER_ID, ORIGIN, CONSUMER_TYPE,"
                    + " SYNC_STATUS) VALUES (4, 1, 'n', 2, 'MANUAL', 'USER', 'SYNCHRONISED')");
            sql.executeUpdate("INSERT INTO M365_SKU_TITLE (SKU_ID, PART_NUMBER, TITLE) VALUES ('s', 'P', 'T')");
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
}
