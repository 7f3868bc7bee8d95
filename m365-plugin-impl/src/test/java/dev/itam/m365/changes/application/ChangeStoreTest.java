package dev.itam.m365.changes.application;

import static dev.itam.m365.persistence.TestDatabase.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A full recalculation imports every portal in one run: each portal's changes are its own, and a user
 * who lost a licence of one portal is no removed user of the next.
 */
class ChangeStoreTest {

    private static final long RUN = 500;
    private static final String SKU_A = "aaaaaaaa-0000-0000-0000-000000000010";
    private static final String SKU_B = "bbbbbbbb-0000-0000-0000-000000000020";
    private static final TestDatabase.Migrated DATABASES = new TestDatabase.Migrated("m365_unit_changes");

    @AfterAll
    static void dropDatabases() throws SQLException {
        DATABASES.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachPortalOfOneRunRecordsOnlyItsOwnLostLicencesAndRemovedUsers(TestDatabase database) throws SQLException {
        try (Connection connection = DATABASES.of(database).getConnection()) {
            connection.setAutoCommit(false);
            try {
                portal(connection, 1, "Contoso", 10, SKU_A);
                portal(connection, 2, "Fabrikam", 20, SKU_B);
                contact(connection, 101, "obj-kept-a", 1, 10);
                contact(connection, 201, "obj-kept-b", 2, 20);
                contact(connection, 202, "obj-gone-b", 2, 20);
                ChangeStore store = new ChangeStore(connection);

                // Contoso's pass: its user stays but loses the licence
                stagedUser(connection, "obj-kept-a");
                store.recordImport(RUN, 1, List.of(10L), false);
                update(connection, "DELETE FROM M365_STAGED_USER WHERE RUN_ID = ?", RUN);

                // Fabrikam's pass: one user keeps the licence, the other is gone from the tenant
                stagedUser(connection, "obj-kept-b");
                update(
                        connection,
                        "INSERT INTO M365_STAGED_LICENCE (RUN_ID, OBJECT_ID, SKU_ID, ASSIGNED_VIA) VALUES (?, ?, ?, ?)",
                        RUN,
                        "obj-kept-b",
                        SKU_B,
                        "DIRECT");
                store.recordImport(RUN, 2, List.of(20L), false);

                assertThat(changes(connection))
                        .containsExactlyInAnyOrder(
                                "1 LICENCE_LOST obj-kept-a 10",
                                "2 LICENCE_LOST obj-gone-b 20",
                                "2 USER_REMOVED obj-gone-b null");
            } finally {
                connection.rollback();
            }
        }
    }

    private static void portal(Connection connection, long id, String name, long licenceId, String skuId)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.parse("2026-12-01T10:00:00Z"));
        update(
                connection,
                "INSERT INTO M365_PORTAL (ID, VERSION, NAME, NAME_KEY, TENANT_ID, CLIENT_ID, CLOUD, AUTH_TYPE,"
                        + " CREATED_AT, UPDATED_AT) VALUES (?, 1, ?, ?, ?, ?, 'GLOBAL', 'CLIENT_SECRET', ?, ?)",
                id,
                name,
                name.toLowerCase(),
                "11111111-1111-1111-1111-00000000000" + id,
                "22222222-2222-2222-2222-00000000000" + id,
                now,
                now);
        update(
                connection,
                "INSERT INTO M365_LICENCE (ID, VERSION, PORTAL_ID, SOURCE_NAME, SKU_ID, SKU_PART_NUMBER, TITLE,"
                        + " ENABLED_UNITS, SUSPENDED_UNITS, WARNING_UNITS, LOCKED_OUT_UNITS, CONSUMED_UNITS,"
                        + " SYNC_STATUS) VALUES (?, 1, ?, ?, ?, 'ENTERPRISEPACK', 'Office 365 E3',"
                        + " 5, 0, 0, 0, 1, 'SYNCHRONISED')",
                licenceId,
                id,
                name,
                skuId);
    }

    private static void contact(Connection connection, long id, String objectId, long portalId, long licenceId)
            throws SQLException {
        update(
                connection,
                "INSERT INTO M365_CONTACT (ID, VERSION, ENTRA_OBJECT_ID, PORTAL_ID, DISPLAY_NAME, ACCOUNT_ENABLED,"
                        + " SYNC_STATUS) VALUES (?, 1, ?, ?, ?, TRUE, 'SYNCHRONISED')",
                id,
                objectId,
                portalId,
                objectId);
        update(
                connection,
                "INSERT INTO M365_CONSUMER_ASSIGNMENT (CONTACT_ID, LICENCE_ID, CONSUMER_TYPE, ASSIGNED_VIA)"
                        + " VALUES (?, ?, 'MICROSOFT_365', 'DIRECT')",
                id,
                licenceId);
    }

    private static void stagedUser(Connection connection, String objectId) throws SQLException {
        update(
                connection,
                "INSERT INTO M365_STAGED_USER (RUN_ID, OBJECT_ID, DISPLAY_NAME, ACCOUNT_ENABLED) VALUES (?, ?, ?, TRUE)",
                RUN,
                objectId,
                objectId);
    }

    private static List<String> changes(Connection connection) throws SQLException {
        List<String> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT PORTAL_ID, KIND, OBJECT_ID, LICENCE_ID FROM M365_CHANGE WHERE RUN_ID = ?")) {
            select.setLong(1, RUN);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long licence = rows.getLong(4);
                    String licenceId = rows.wasNull() ? "null" : Long.toString(licence);
                    changes.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + licenceId);
                }
            }
        }
        return changes;
    }
}
