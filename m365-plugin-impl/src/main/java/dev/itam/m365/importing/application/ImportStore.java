package dev.itam.m365.importing.application;

import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.licensing.ConsumerType;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.graph.client.GraphUser;
import dev.itam.m365.persistence.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The import's SQL. Each Graph page is staged in a transaction of its own, one JDBC batch a page, so
 * nothing of the real data is touched until the merge; the merge then writes contacts and consumer
 * assignments set-based from the staging tables, in SQL that H2, PostgreSQL and MariaDB all run the
 * same way (correlated subqueries, no vendor upserts), so the server never holds all users. Enum
 * names are bound as parameters, so renaming a constant cannot leave a stale literal behind.
 */
@ApplicationScoped
public class ImportStore {

    private static final String STAGED =
            "SELECT 1 FROM M365_STAGED_USER s WHERE s.RUN_ID = ? AND s.OBJECT_ID = M365_CONTACT.ENTRA_OBJECT_ID";
    private static final String STAGED_COLUMN = "(SELECT s.%1$s FROM M365_STAGED_USER s WHERE s.RUN_ID = ?"
            + " AND s.OBJECT_ID = M365_CONTACT.ENTRA_OBJECT_ID)";
    private static final String STAGED_PAIR = " FROM M365_STAGED_LICENCE s"
            + " JOIN M365_CONTACT c ON c.ENTRA_OBJECT_ID = s.OBJECT_ID"
            + " JOIN M365_LICENCE l ON l.SKU_ID = s.SKU_ID AND l.PORTAL_ID = ?"
            + " WHERE s.RUN_ID = ?";

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    DataSource dataSource;

    /** What the merge changed in contacts and consumer assignments. */
    public record ConsumerCounts(
            int contactsCreated, int contactsUpdated, int assignmentsCreated, int assignmentsRemoved) {}

    /** @return the number of users staged, those holding at least one importable licence */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int stage(long runId, Iterable<GraphUser> users, Set<String> importableSkuIds) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement user = connection.prepareStatement(
                        "INSERT INTO M365_STAGED_USER (RUN_ID, OBJECT_ID,"
                                + " DISPLAY_NAME, USER_PRINCIPAL_NAME, MAIL, DEPARTMENT, ACCOUNT_ENABLED) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement licence = connection.prepareStatement("INSERT INTO M365_STAGED_LICENCE (RUN_ID,"
                        + " OBJECT_ID, SKU_ID, ASSIGNED_VIA) VALUES (?, ?, ?, ?)")) {
            int staged = 0;
            for (GraphUser graphUser : users) {
                String objectId = graphUser.id().toLowerCase(Locale.ROOT);
                boolean licensed = false;
                for (GraphUser.AssignedLicense assigned : graphUser.licences()) {
                    String skuId = assigned.skuId().toLowerCase(Locale.ROOT);
                    if (importableSkuIds.contains(skuId)) {
                        licensed = true;
                        licence.setLong(1, runId);
                        licence.setString(2, objectId);
                        licence.setString(3, skuId);
                        licence.setString(
                                4,
                                (graphUser.onlyThroughGroups(skuId) ? AssignmentSource.GROUP : AssignmentSource.DIRECT)
                                        .name());
                        licence.addBatch();
                    }
                }
                if (licensed) {
                    user.setLong(1, runId);
                    user.setString(2, objectId);
                    user.setString(3, clip(graphUser.displayName()));
                    user.setString(4, clip(graphUser.userPrincipalName()));
                    user.setString(5, clip(graphUser.mail()));
                    user.setString(6, clip(graphUser.department()));
                    user.setBoolean(7, !Boolean.FALSE.equals(graphUser.accountEnabled()));
                    user.addBatch();
                    staged++;
                }
            }
            user.executeBatch();
            licence.executeBatch();
            return staged;
        } catch (SQLException e) {
            throw new IllegalStateException("Staging users failed: " + e.getMessage(), e);
        }
    }

    /** The runs that have rows in staging, whether or not they are still running. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<Long> stagedRunIds() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT RUN_ID FROM M365_STAGED_USER" + " UNION SELECT RUN_ID FROM M365_STAGED_LICENCE");
                ResultSet rows = query.executeQuery()) {
            Set<Long> runIds = new HashSet<>();
            while (rows.next()) {
                runIds.add(rows.getLong(1));
            }
            return runIds;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the staged runs failed: " + e.getMessage(), e);
        }
    }

    /** Removes what a run staged, whatever its outcome. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void discard(long runId) {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : new String[] {"M365_STAGED_LICENCE", "M365_STAGED_USER"}) {
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM " + table + " WHERE RUN_ID = ?")) {
                    delete.setLong(1, runId);
                    delete.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Discarding staged users failed: " + e.getMessage(), e);
        }
    }

    /**
     * Merges a run's staged users into contacts and its staged licences into the assignments of the
     * synchronised licences, on the caller's connection so that it commits with the rest of the merge.
     */
    public ConsumerCounts mergeConsumers(
            Connection connection, long runId, long portalId, List<Long> licenceIds, Instant now) throws SQLException {
        int contactsUpdated = updateChangedContacts(connection, runId, portalId, now);
        int contactsCreated = insertNewContacts(connection, runId, portalId, now);
        int assignmentsRemoved = removeGoneAssignments(connection, runId, portalId, licenceIds);
        int assignmentsCreated = insertNewAssignments(connection, runId, portalId, licenceIds);
        updateAssignmentSources(connection, runId, portalId, licenceIds);
        return new ConsumerCounts(contactsCreated, contactsUpdated, assignmentsCreated, assignmentsRemoved);
    }

    /** Contacts whose data differ from the tenant's, or that another portal or no portal held. */
    private static int updateChangedContacts(Connection connection, long runId, long portalId, Instant now)
            throws SQLException {
        String changed = " AND (COALESCE(s.DISPLAY_NAME, '') <> COALESCE(M365_CONTACT.DISPLAY_NAME, '')"
                + " OR COALESCE(s.USER_PRINCIPAL_NAME, '') <> COALESCE(M365_CONTACT.USER_PRINCIPAL_NAME, '')"
                + " OR COALESCE(s.MAIL, '') <> COALESCE(M365_CONTACT.MAIL, '')"
                + " OR COALESCE(s.DEPARTMENT, '') <> COALESCE(M365_CONTACT.DEPARTMENT, '')"
                + " OR s.ACCOUNT_ENABLED <> M365_CONTACT.ACCOUNT_ENABLED"
                + " OR M365_CONTACT.PORTAL_ID IS NULL OR M365_CONTACT.PORTAL_ID <> ?"
                + " OR M365_CONTACT.SYNC_STATUS <> ?)";
        String sql = "UPDATE M365_CONTACT SET"
                + " DISPLAY_NAME = " + STAGED_COLUMN.formatted("DISPLAY_NAME") + ","
                + " USER_PRINCIPAL_NAME = " + STAGED_COLUMN.formatted("USER_PRINCIPAL_NAME") + ","
                + " MAIL = " + STAGED_COLUMN.formatted("MAIL") + ","
                + " DEPARTMENT = " + STAGED_COLUMN.formatted("DEPARTMENT") + ","
                + " ACCOUNT_ENABLED = " + STAGED_COLUMN.formatted("ACCOUNT_ENABLED") + ","
                + " PORTAL_ID = ?, SYNC_STATUS = ?, SYNC_PROBLEM = NULL, LAST_IMPORTED_AT = ?,"
                + " VERSION = VERSION + 1"
                + " WHERE EXISTS (" + STAGED + changed + ")";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 0;
            for (int column = 0; column < 5; column++) {
                update.setLong(++i, runId);
            }
            update.setLong(++i, portalId);
            update.setString(++i, SyncStatus.SYNCHRONISED.name());
            update.setTimestamp(++i, Timestamp.from(now));
            update.setLong(++i, runId);
            update.setLong(++i, portalId);
            update.setString(++i, SyncStatus.SYNCHRONISED.name());
            return update.executeUpdate();
        }
    }

    /** Users seen for the first time; their ids come from the shared id table, as JPA's do. */
    private static int insertNewContacts(Connection connection, long runId, long portalId, Instant now)
            throws SQLException {
        String newUsers = " FROM M365_STAGED_USER s WHERE s.RUN_ID = ?"
                + " AND NOT EXISTS (SELECT 1 FROM M365_CONTACT c WHERE c.ENTRA_OBJECT_ID = s.OBJECT_ID)";
        int count;
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*)" + newUsers)) {
            query.setLong(1, runId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                count = result.getInt(1);
            }
        }
        if (count == 0) {
            return 0;
        }
        long firstId = allocateIds(connection, count);
        String sql = "INSERT INTO M365_CONTACT (ID, VERSION, ENTRA_OBJECT_ID, PORTAL_ID, DISPLAY_NAME,"
                + " USER_PRINCIPAL_NAME, MAIL, DEPARTMENT, ACCOUNT_ENABLED, SYNC_STATUS, LAST_IMPORTED_AT)"
                + " SELECT " + (firstId - 1) + " + ROW_NUMBER() OVER (ORDER BY s.OBJECT_ID), 1, s.OBJECT_ID, ?,"
                + " s.DISPLAY_NAME, s.USER_PRINCIPAL_NAME, s.MAIL, s.DEPARTMENT, s.ACCOUNT_ENABLED, ?, ?"
                + newUsers;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, portalId);
            insert.setString(2, SyncStatus.SYNCHRONISED.name());
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setLong(4, runId);
            return insert.executeUpdate();
        }
    }

    /** Reserves {@code count} ids of the id table JPA allocates from; returns the first. */
    private static long allocateIds(Connection connection, int count) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(
                "UPDATE M365_ID_SEQUENCE SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = 'M365_ENTITY'")) {
            bump.setLong(1, count);
            bump.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement(
                        "SELECT SEQ_COUNT FROM M365_ID_SEQUENCE WHERE SEQ_NAME = 'M365_ENTITY'");
                ResultSet result = read.executeQuery()) {
            result.next();
            return result.getLong(1) - count + 1;
        }
    }

    /**
     * Assignments of synchronised licences that the tenant no longer has. Written as a row-value
     * NOT IN, which PostgreSQL hashes once; its correlated NOT EXISTS form took seconds per 20,000 rows
     * on freshly filled staging tables.
     */
    private static int removeGoneAssignments(Connection connection, long runId, long portalId, List<Long> licenceIds)
            throws SQLException {
        if (licenceIds.isEmpty()) {
            return 0;
        }
        String sql = "DELETE FROM M365_CONSUMER_ASSIGNMENT WHERE LICENCE_ID IN (" + placeholders(licenceIds) + ")"
                + " AND (CONTACT_ID, LICENCE_ID) NOT IN (SELECT c.ID, l.ID" + STAGED_PAIR + ")";
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            int i = bind(delete, 0, licenceIds);
            delete.setLong(++i, portalId);
            delete.setLong(++i, runId);
            return delete.executeUpdate();
        }
    }

    private static int insertNewAssignments(Connection connection, long runId, long portalId, List<Long> licenceIds)
            throws SQLException {
        if (licenceIds.isEmpty()) {
            return 0;
        }
        String sql = "INSERT INTO M365_CONSUMER_ASSIGNMENT (CONTACT_ID, LICENCE_ID, CONSUMER_TYPE, ASSIGNED_VIA)"
                + " SELECT c.ID, l.ID, ?, s.ASSIGNED_VIA" + STAGED_PAIR
                + " AND l.ID IN (" + placeholders(licenceIds) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM M365_CONSUMER_ASSIGNMENT a WHERE a.CONTACT_ID = c.ID AND a.LICENCE_ID = l.ID)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, ConsumerType.MICROSOFT_365.name());
            insert.setLong(2, portalId);
            insert.setLong(3, runId);
            bind(insert, 3, licenceIds);
            return insert.executeUpdate();
        }
    }

    /**
     * A licence that moved from a direct assignment to a group's, or back: one update per source,
     * each with an uncorrelated row-value IN that every database evaluates once. A correlated
     * EXISTS over the staged join let H2 start each row's lookup from the whole run's staging once
     * its statistics changed, and a 4,400-user merge took 80 s instead of 0.1 s.
     */
    private static void updateAssignmentSources(Connection connection, long runId, long portalId, List<Long> licenceIds)
            throws SQLException {
        if (licenceIds.isEmpty()) {
            return;
        }
        String sql = "UPDATE M365_CONSUMER_ASSIGNMENT SET ASSIGNED_VIA = ?"
                + " WHERE LICENCE_ID IN (" + placeholders(licenceIds) + ") AND ASSIGNED_VIA <> ?"
                + " AND (CONTACT_ID, LICENCE_ID) IN (SELECT c.ID, l.ID" + STAGED_PAIR + " AND s.ASSIGNED_VIA = ?)";
        for (AssignmentSource source : AssignmentSource.values()) {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, source.name());
                int i = bind(update, 1, licenceIds);
                update.setString(++i, source.name());
                update.setLong(++i, portalId);
                update.setLong(++i, runId);
                update.setString(++i, source.name());
                update.executeUpdate();
            }
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 256 ? text : text.substring(0, 256);
    }

    private static String placeholders(List<Long> ids) {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }

    private static int bind(PreparedStatement statement, int after, List<Long> ids) throws SQLException {
        int i = after;
        for (Long id : ids) {
            statement.setLong(++i, id);
        }
        return i;
    }
}
