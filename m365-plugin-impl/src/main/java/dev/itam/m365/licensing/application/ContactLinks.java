package dev.itam.m365.licensing.application;

import dev.itam.m365.api.spi.ContactDirectory;
import dev.itam.m365.api.spi.ImportedUser;
import dev.itam.m365.persistence.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Links the plugin's contacts to the host's, through the {@link ContactDirectory} a host registered
 * with {@link ServiceLoader}. Without one, nothing happens: the plugin's contacts stand alone.
 * Works after the import's merge has committed, in chunks of {@value #CHUNK} contacts, so a slow
 * directory holds no locks; each chunk's update commits on its own.
 */
@ApplicationScoped
public class ContactLinks {

    static final int CHUNK = 1000;

    /** The width of {@code M365_CONTACT.HOST_CONTACT_ID}. */
    static final int MAX_HOST_CONTACT_ID = 200;

    private static final Logger LOG = Logger.getLogger(ContactLinks.class.getName());

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    DataSource dataSource;

    Optional<ContactDirectory> directory;

    @PostConstruct
    void discover() {
        directory = ServiceLoader.load(ContactDirectory.class, ContactLinks.class.getClassLoader())
                .findFirst();
        directory.ifPresent(d ->
                LOG.info(() -> "Host contact directory in use: " + d.getClass().getName()));
    }

    /** Asks the host for the contacts of the portal the import created or changed since {@code since}. */
    public void linkChangedSince(long portalId, Instant since) {
        if (directory.isEmpty()) {
            return;
        }
        long after = 0;
        while (after >= 0) {
            after = linkChunk(portalId, since, after);
        }
    }

    /** @return the last contact id linked, or -1 when no contact was left */
    private long linkChunk(long portalId, Instant since, long afterId) {
        try (Connection connection = dataSource.getConnection()) {
            List<Object[]> links = new ArrayList<>();
            long last = -1;
            try (PreparedStatement select = connection.prepareStatement("SELECT ID, ENTRA_OBJECT_ID, DISPLAY_NAME,"
                    + " USER_PRINCIPAL_NAME, MAIL, DEPARTMENT, ACCOUNT_ENABLED FROM M365_CONTACT WHERE PORTAL_ID = ?"
                    + " AND LAST_IMPORTED_AT >= ? AND ID > ? ORDER BY ID")) {
                select.setLong(1, portalId);
                select.setTimestamp(2, Timestamp.from(since));
                select.setLong(3, afterId);
                select.setMaxRows(CHUNK);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        last = rows.getLong(1);
                        ImportedUser user = new ImportedUser(
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getBoolean(7));
                        links.add(new Object[] {hostContactId(user), last});
                    }
                }
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE M365_CONTACT SET HOST_CONTACT_ID = ? WHERE ID = ?")) {
                for (Object[] link : links) {
                    update.setString(1, (String) link[0]);
                    update.setLong(2, (Long) link[1]);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return last;
        } catch (SQLException e) {
            throw new IllegalStateException("Linking contacts to the host's failed: " + e.getMessage(), e);
        }
    }

    /** An id too long to store leaves the contact unlinked rather than failing every later link. */
    private String hostContactId(ImportedUser user) {
        String id = directory.orElseThrow().hostContactId(user).orElse(null);
        if (id != null && id.length() > MAX_HOST_CONTACT_ID) {
            LOG.warning(() -> "The host's contact directory answered an id of " + id.length() + " characters for "
                    + user.userPrincipalName() + "; at most " + MAX_HOST_CONTACT_ID
                    + " are stored, so the contact stays unlinked");
            return null;
        }
        return id;
    }
}
