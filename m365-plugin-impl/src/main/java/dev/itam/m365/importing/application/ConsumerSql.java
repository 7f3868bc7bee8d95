package dev.itam.m365.importing.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * The set-based half of the merge: contacts and consumer assignments from the staging tables, in
 * SQL that H2, PostgreSQL and MariaDB all run the same way (correlated subqueries, no vendor
 * upserts), so the work happens in the database and the server never holds all users.
 */
final class ConsumerSql {

    private static final String STAGED = "SELECT 1 FROM M365_STAGED_USER s WHERE s.RUN_ID = ? AND s.OBJECT_ID = M365_CONTACT.ENTRA_OBJECT_ID";
    private static final String STAGED_COLUMN = "(SELECT s.%1$s FROM M365_STAGED_USER s WHERE s.RUN_ID = ?"
            + " AND s.OBJECT_ID = M365_CONTACT.ENTRA_OBJECT_ID)";
    private static final String STAGED_PAIR = " FROM M365_STAGED_LICENCE s"
            + " JOIN M365_CONTACT c ON c.ENTRA_OBJECT_ID = s.OBJECT_ID"
            + " JOIN M365_LICENCE l ON l.SKU_ID = s.SKU_ID AND l.PORTAL_ID = ?"
            + " WHERE s.RUN_ID = ?";

    private final Connection connection;
    private final long runId;
    private final long portalId;

    ConsumerSql(Connection connection, long runId, long portalId) {
        this.connection = connection;
        this.runId = runId;
        this.portalId = portalId;
    }

    /** Contacts whose data differ from the tenant's, or that another portal or no portal held. */
    int updateChangedContacts(Instant now) throws SQLException {
        String changed = " AND (COALESCE(s.DISPLAY_NAME, '') <> COALESCE(M365_CONTACT.DISPLAY_NAME, '')"
                + " OR COALESCE(s.USER_PRINCIPAL_NAME, '') <> COALESCE(M365_CONTACT.USER_PRINCIPAL_NAME, '')"
                + " OR COALESCE(s.MAIL, '') <> COALESCE(M365_CONTACT.MAIL, '')"
                + " OR COALESCE(s.DEPARTMENT, '') <> COALESCE(M365_CONTACT.DEPARTMENT, '')"
                + " OR s.ACCOUNT_ENABLED <> M365_CONTACT.ACCOUNT_ENABLED"
                + " OR M365_CONTACT.PORTAL_ID IS NULL OR M365_CONTACT.PORTAL_ID <> ?"
                + " OR M365_CONTACT.SYNC_STATUS <> 'SYNCHRONISED')";
        String sql = "UPDATE M365_CONTACT SET"
                + " DISPLAY_NAME = " + STAGED_COLUMN.formatted("DISPLAY_NAME") + ","
                + " USER_PRINCIPAL_NAME = " + STAGED_COLUMN.formatted("USER_PRINCIPAL_NAME") + ","
                + " MAIL = " + STAGED_COLUMN.formatted("MAIL") + ","
                + " DEPARTMENT = " + STAGED_COLUMN.formatted("DEPARTMENT") + ","
                + " ACCOUNT_ENABLED = " + STAGED_COLUMN.formatted("ACCOUNT_ENABLED") + ","
                + " PORTAL_ID = ?, SYNC_STATUS = 'SYNCHRONISED', SYNC_PROBLEM = NULL, LAST_IMPORTED_AT = ?,"
                + " VERSION = VERSION + 1"
                + " WHERE EXISTS (" + STAGED + changed + ")";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 0;
            for (int column = 0; column < 5; column++) {
                update.setLong(++i, runId);
            }
            update.setLong(++i, portalId);
            update.setTimestamp(++i, Timestamp.from(now));
            update.setLong(++i, runId);
            update.setLong(++i, portalId);
            return update.executeUpdate();
        }
    }

    /** Users seen for the first time; their ids come from the shared id table, as JPA's do. */
    int insertNewContacts(Instant now) throws SQLException {
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
        long firstId = allocateIds(count);
        String sql = "INSERT INTO M365_CONTACT (ID, VERSION, ENTRA_OBJECT_ID, PORTAL_ID, DISPLAY_NAME,"
                + " USER_PRINCIPAL_NAME, MAIL, DEPARTMENT, ACCOUNT_ENABLED, SYNC_STATUS, LAST_IMPORTED_AT)"
                + " SELECT " + (firstId - 1) + " + ROW_NUMBER() OVER (ORDER BY s.OBJECT_ID), 1, s.OBJECT_ID, ?,"
                + " s.DISPLAY_NAME, s.USER_PRINCIPAL_NAME, s.MAIL, s.DEPARTMENT, s.ACCOUNT_ENABLED, 'SYNCHRONISED', ?"
                + newUsers;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, portalId);
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setLong(3, runId);
            return insert.executeUpdate();
        }
    }

    /** Reserves {@code count} ids of the id table JPA allocates from; returns the first. */
    private long allocateIds(int count) throws SQLException {
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
    int removeGoneAssignments(List<Long> licenceIds) throws SQLException {
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

    int insertNewAssignments(List<Long> licenceIds) throws SQLException {
        if (licenceIds.isEmpty()) {
            return 0;
        }
        String sql = "INSERT INTO M365_CONSUMER_ASSIGNMENT (CONTACT_ID, LICENCE_ID, CONSUMER_TYPE, ASSIGNED_VIA)"
                + " SELECT c.ID, l.ID, 'MICROSOFT_365', s.ASSIGNED_VIA" + STAGED_PAIR
                + " AND l.ID IN (" + placeholders(licenceIds) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM M365_CONSUMER_ASSIGNMENT a WHERE a.CONTACT_ID = c.ID AND a.LICENCE_ID = l.ID)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, portalId);
            insert.setLong(2, runId);
            bind(insert, 2, licenceIds);
            return insert.executeUpdate();
        }
    }

    /** A licence that moved from a direct assignment to a group's, or back. */
    void updateAssignmentSources(List<Long> licenceIds) throws SQLException {
        if (licenceIds.isEmpty()) {
            return;
        }
        String pair = STAGED_PAIR + " AND c.ID = M365_CONSUMER_ASSIGNMENT.CONTACT_ID AND l.ID = M365_CONSUMER_ASSIGNMENT.LICENCE_ID";
        String sql = "UPDATE M365_CONSUMER_ASSIGNMENT SET ASSIGNED_VIA = (SELECT s.ASSIGNED_VIA" + pair + ")"
                + " WHERE LICENCE_ID IN (" + placeholders(licenceIds) + ")"
                + " AND EXISTS (SELECT 1" + pair + " AND s.ASSIGNED_VIA <> M365_CONSUMER_ASSIGNMENT.ASSIGNED_VIA)";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, portalId);
            update.setLong(2, runId);
            int i = bind(update, 2, licenceIds);
            update.setLong(++i, portalId);
            update.setLong(++i, runId);
            update.executeUpdate();
        }
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
