package dev.itam.m365.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.spi.ContactDirectory;
import dev.itam.m365.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Linking to the host's contacts with a directory that answers ids the column cannot hold. */
class ContactLinksTest {

    private static final TestDatabase.Migrated DATABASES = new TestDatabase.Migrated("m365_links_unit");

    @AfterAll
    static void dropDatabases() throws SQLException {
        DATABASES.close();
    }

    @Test
    void anIdTooLongToStoreLeavesOnlyThatContactUnlinked() throws SQLException {
        ContactLinks links = new ContactLinks();
        links.dataSource = DATABASES.of(TestDatabase.H2);
        ContactDirectory directory = user -> Optional.of(
                user.displayName().equals("Long") ? "x".repeat(ContactLinks.MAX_HOST_CONTACT_ID + 1) : "host-1");
        links.directory = Optional.of(directory);
        try (Connection connection = links.dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO M365_PORTAL (ID, VERSION, NAME, NAME_KEY, TENANT_ID, CLIENT_ID, CLOUD,"
                    + " AUTH_TYPE, CREATED_AT, UPDATED_AT) VALUES (1, 1, 'Contoso', 'contoso',"
                    + " '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222', 'GLOBAL',"
                    + " 'CLIENT_SECRET', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            for (String name : List.of("Short", "Long")) {
                sql.executeUpdate("INSERT INTO M365_CONTACT (ID, VERSION, ENTRA_OBJECT_ID, PORTAL_ID, DISPLAY_NAME,"
                        + " ACCOUNT_ENABLED, SYNC_STATUS, LAST_IMPORTED_AT) VALUES (" + (name.length() + 100) + ", 1, '"
                        + name + "', 1, '" + name + "', TRUE, 'SYNCHRONISED', CURRENT_TIMESTAMP)");
            }
        }

        links.linkChangedSince(1, Instant.EPOCH);

        assertThat(hostIds(links)).containsExactly("Long: null", "Short: host-1");
    }

    private static List<String> hostIds(ContactLinks links) throws SQLException {
        try (Connection connection = links.dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(
                        "SELECT DISPLAY_NAME, HOST_CONTACT_ID FROM M365_CONTACT ORDER BY DISPLAY_NAME")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1) + ": " + rows.getString(2));
            }
            return ids;
        }
    }
}
