package dev.itam.m365.changes.application;

import dev.itam.m365.api.changes.Change;
import dev.itam.m365.api.changes.ChangeKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/**
 * The change log's SQL, in plain JDBC on a connection handed in, so that a run's changes commit with
 * what it changed. An import's changes are found set-based, by comparing its staged users with the
 * contacts and assignments before its merge writes them: a 100,000-user import writes its change
 * rows in a few statements, however many they are.
 */
final class ChangeStore {

    private static final String INSERT = "INSERT INTO M365_CHANGE (RUN_ID, PORTAL_ID, KIND, OBJECT_ID, DISPLAY_NAME,"
            + " USER_PRINCIPAL_NAME, LICENCE_ID, BEFORE_VALUE, AFTER_VALUE)";
    private static final String ORDER = " ORDER BY ch.KIND, ch.DISPLAY_NAME, ch.OBJECT_ID, ch.LICENCE_ID";
    private static final String SELECT = "SELECT ch.RUN_ID, ch.PORTAL_ID, ch.KIND, ch.OBJECT_ID, ch.DISPLAY_NAME,"
            + " ch.USER_PRINCIPAL_NAME, ch.LICENCE_ID, l.SKU_PART_NUMBER, ch.BEFORE_VALUE, ch.AFTER_VALUE"
            + " FROM M365_CHANGE ch LEFT JOIN M365_LICENCE l ON l.ID = ch.LICENCE_ID";
    /** The contacts a delta round's merge compares: those of the users it named. */
    private static final String TOUCHED = " AND c.ID IN (SELECT tc.ID FROM M365_CONTACT tc JOIN M365_STAGED_CHANGE t"
            + " ON t.OBJECT_ID = tc.ENTRA_OBJECT_ID WHERE t.RUN_ID = ?)";

    private static final int BATCH = 1_000;

    private final Connection connection;

    ChangeStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * Records what the run's merge is about to apply to the portal's licences {@code licenceIds}:
     * gained and lost licences, users added, removed, disabled, enabled and moved department. With
     * {@code partial} (a delta round) only the users the round named are compared. The portal's first
     * import is its baseline and records none: its users held their licences already, nobody gained
     * one then.
     */
    int recordImport(long runId, long portalId, List<Long> licenceIds, boolean partial) throws SQLException {
        if (!imported(portalId) || (partial && !named(runId))) {
            return 0;
        }
        int recorded = 0;
        String touched = partial ? TOUCHED : "";
        if (!licenceIds.isEmpty()) {
            String licences = " IN ("
                    + Collections.nCopies(licenceIds.size(), "?").stream().collect(Collectors.joining(", ")) + ")";
            recorded += connection.isWrapperFor(PGConnection.class)
                    ? recordGainedAndLost(runId, portalId, licences, licenceIds, touched, partial)
                    : recordGained(runId, portalId, licences, licenceIds)
                            + recordLost(runId, portalId, licences, licenceIds, touched, partial);
            recorded += recordRemovedUsers(runId, portalId);
        }
        recorded += recordUserChanges(runId, portalId);
        return recorded;
    }

    /**
     * Licences gained and lost in one pass on PostgreSQL, which joins both ways (H2 and MariaDB have
     * no FULL JOIN, though MariaDB's driver claims one): the staged pairs of user and licence against
     * the stored ones, each side without a partner being a change. The pairs are compared by their
     * keys alone, and only the few that differ are joined with the staged user or contact for their
     * names: joining every staged user for its name first took a third of the time of an unchanged
     * import's change log.
     */
    private int recordGainedAndLost(
            long runId, long portalId, String licences, List<Long> licenceIds, String touched, boolean partial)
            throws SQLException {
        return execute(
                INSERT + " SELECT ?, ?, CASE WHEN d.NEW_OBJECT_ID IS NULL THEN ? ELSE ? END,"
                        + " COALESCE(d.NEW_OBJECT_ID, oc.ENTRA_OBJECT_ID), COALESCE(u.DISPLAY_NAME, oc.DISPLAY_NAME),"
                        + " COALESCE(u.USER_PRINCIPAL_NAME, oc.USER_PRINCIPAL_NAME),"
                        + " COALESCE(d.NEW_LICENCE_ID, d.OLD_LICENCE_ID), NULL, NULL"
                        + " FROM (SELECT n.OBJECT_ID AS NEW_OBJECT_ID, n.LICENCE_ID AS NEW_LICENCE_ID,"
                        + " o.CONTACT_ID AS OLD_CONTACT_ID, o.LICENCE_ID AS OLD_LICENCE_ID"
                        + " FROM (SELECT s.OBJECT_ID, l.ID AS LICENCE_ID FROM M365_STAGED_LICENCE s"
                        + " JOIN M365_LICENCE l ON l.SKU_ID = s.SKU_ID AND l.PORTAL_ID = ?"
                        + " WHERE s.RUN_ID = ? AND l.ID" + licences + ") n"
                        + " FULL JOIN (SELECT c.ENTRA_OBJECT_ID, a.CONTACT_ID, a.LICENCE_ID"
                        + " FROM M365_CONSUMER_ASSIGNMENT a JOIN M365_CONTACT c ON c.ID = a.CONTACT_ID"
                        + " WHERE a.LICENCE_ID" + licences + touched + ") o"
                        + " ON o.ENTRA_OBJECT_ID = n.OBJECT_ID AND o.LICENCE_ID = n.LICENCE_ID"
                        + " WHERE n.OBJECT_ID IS NULL OR o.ENTRA_OBJECT_ID IS NULL) d"
                        + " LEFT JOIN M365_STAGED_USER u ON u.RUN_ID = ? AND u.OBJECT_ID = d.NEW_OBJECT_ID"
                        + " LEFT JOIN M365_CONTACT oc ON oc.ID = d.OLD_CONTACT_ID",
                runId,
                portalId,
                ChangeKind.LICENCE_LOST,
                ChangeKind.LICENCE_GAINED,
                portalId,
                runId,
                licenceIds,
                licenceIds,
                partial ? runId : null,
                runId);
    }

    private int recordGained(long runId, long portalId, String licences, List<Long> licenceIds) throws SQLException {
        return execute(
                INSERT + " SELECT ?, ?, ?, s.OBJECT_ID, u.DISPLAY_NAME, u.USER_PRINCIPAL_NAME, l.ID, NULL, NULL"
                        + " FROM M365_STAGED_LICENCE s"
                        + " JOIN M365_STAGED_USER u ON u.RUN_ID = s.RUN_ID AND u.OBJECT_ID = s.OBJECT_ID"
                        + " JOIN M365_LICENCE l ON l.SKU_ID = s.SKU_ID AND l.PORTAL_ID = ?"
                        + " WHERE s.RUN_ID = ? AND l.ID" + licences
                        + " AND NOT EXISTS (SELECT 1 FROM M365_CONTACT c JOIN M365_CONSUMER_ASSIGNMENT a"
                        + " ON a.CONTACT_ID = c.ID WHERE c.ENTRA_OBJECT_ID = s.OBJECT_ID AND a.LICENCE_ID = l.ID)",
                runId,
                portalId,
                ChangeKind.LICENCE_GAINED,
                portalId,
                runId,
                licenceIds);
    }

    private int recordLost(
            long runId, long portalId, String licences, List<Long> licenceIds, String touched, boolean partial)
            throws SQLException {
        return execute(
                INSERT
                        + " SELECT ?, ?, ?, c.ENTRA_OBJECT_ID, c.DISPLAY_NAME, c.USER_PRINCIPAL_NAME, l.ID, NULL, NULL"
                        + " FROM M365_CONSUMER_ASSIGNMENT a JOIN M365_CONTACT c ON c.ID = a.CONTACT_ID"
                        + " JOIN M365_LICENCE l ON l.ID = a.LICENCE_ID WHERE l.ID" + licences + touched
                        + " AND NOT EXISTS (SELECT 1 FROM M365_STAGED_LICENCE s WHERE s.RUN_ID = ?"
                        + " AND s.OBJECT_ID = c.ENTRA_OBJECT_ID AND s.SKU_ID = l.SKU_ID)",
                runId,
                portalId,
                ChangeKind.LICENCE_LOST,
                licenceIds,
                partial ? runId : null,
                runId);
    }

    /**
     * Users the tenant no longer has, among those who just lost a licence of the portal: a removed user
     * held one of its licences (or is no consumer to report) and lost all of them, so the run's few
     * lost licences are read instead of every contact again. By portal, as a full recalculation
     * imports every portal in one run.
     */
    private int recordRemovedUsers(long runId, long portalId) throws SQLException {
        return execute(
                INSERT
                        + " SELECT ?, ?, ?, lost.OBJECT_ID, lost.DISPLAY_NAME, lost.USER_PRINCIPAL_NAME, NULL, NULL, NULL"
                        + " FROM (SELECT DISTINCT ch.OBJECT_ID, ch.DISPLAY_NAME, ch.USER_PRINCIPAL_NAME"
                        + " FROM M365_CHANGE ch WHERE ch.RUN_ID = ? AND ch.PORTAL_ID = ? AND ch.KIND = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM M365_STAGED_USER s WHERE s.RUN_ID = ?"
                        + " AND s.OBJECT_ID = ch.OBJECT_ID)) lost",
                runId,
                portalId,
                ChangeKind.USER_REMOVED,
                runId,
                portalId,
                ChangeKind.LICENCE_LOST,
                runId);
    }

    /**
     * Users added, disabled, enabled or moved department, found in one pass over the staged users
     * joined with the contacts: an import that changed nothing reads no row.
     */
    private int recordUserChanges(long runId, long portalId) throws SQLException {
        int recorded = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT s.OBJECT_ID, s.DISPLAY_NAME,"
                        + " s.USER_PRINCIPAL_NAME, s.ACCOUNT_ENABLED, s.DEPARTMENT, c.ID, c.ACCOUNT_ENABLED, c.DEPARTMENT"
                        + " FROM M365_STAGED_USER s LEFT JOIN M365_CONTACT c ON c.ENTRA_OBJECT_ID = s.OBJECT_ID"
                        + " AND c.PORTAL_ID = ? WHERE s.RUN_ID = ? AND (c.ID IS NULL"
                        + " OR c.ACCOUNT_ENABLED <> s.ACCOUNT_ENABLED"
                        + " OR COALESCE(s.DEPARTMENT, '') <> COALESCE(c.DEPARTMENT, ''))");
                PreparedStatement insert =
                        connection.prepareStatement(INSERT + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            select.setLong(1, portalId);
            select.setLong(2, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    for (Change change : userChanges(runId, portalId, rows)) {
                        bindChange(insert, change);
                        insert.addBatch();
                        if (++recorded % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
        }
        return recorded;
    }

    /** What one row of the staged users joined with their contacts says changed. */
    private static List<Change> userChanges(long runId, long portalId, ResultSet row) throws SQLException {
        String objectId = row.getString(1);
        String name = row.getString(2);
        String principal = row.getString(3);
        Boolean enabled = row.getObject(4) == null ? null : row.getBoolean(4);
        String department = row.getString(5);
        if (row.getObject(6) == null) {
            return List.of(new Change(
                    runId, portalId, ChangeKind.USER_ADDED, objectId, name, principal, null, null, null, null));
        }
        Boolean wasEnabled = row.getObject(7) == null ? null : row.getBoolean(7);
        String before = row.getString(8);
        List<Change> changes = new ArrayList<>(2);
        if (enabled != null && wasEnabled != null && !enabled.equals(wasEnabled)) {
            ChangeKind kind = enabled ? ChangeKind.USER_ENABLED : ChangeKind.USER_DISABLED;
            changes.add(new Change(runId, portalId, kind, objectId, name, principal, null, null, null, null));
        }
        if (!Objects.requireNonNullElse(before, "").equals(Objects.requireNonNullElse(department, ""))) {
            changes.add(new Change(
                    runId,
                    portalId,
                    ChangeKind.DEPARTMENT_CHANGED,
                    objectId,
                    name,
                    principal,
                    null,
                    null,
                    before,
                    department));
        }
        return changes;
    }

    /** Whether the run's delta round named any user: one that named none changed nothing to compare. */
    private boolean named(long runId) throws SQLException {
        try (PreparedStatement any = connection.prepareStatement(
                "SELECT 1 FROM M365_STAGED_CHANGE WHERE RUN_ID = ? FETCH FIRST 1 ROWS ONLY")) {
            any.setLong(1, runId);
            try (ResultSet rows = any.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Whether an import of the portal stored its users before: the first one is the baseline, not a change. */
    private boolean imported(long portalId) throws SQLException {
        try (PreparedStatement any =
                connection.prepareStatement("SELECT 1 FROM M365_CONTACT WHERE PORTAL_ID = ? FETCH FIRST 1 ROWS ONLY")) {
            any.setLong(1, portalId);
            try (ResultSet rows = any.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Records changes found outside SQL, e.g. a licence's seats between two snapshots. */
    void record(List<Change> changes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Change change : changes) {
                bindChange(insert, change);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bindChange(PreparedStatement insert, Change change) throws SQLException {
        insert.setLong(1, change.runId());
        setNullable(insert, 2, change.portalId(), Types.BIGINT);
        insert.setString(3, change.kind().name());
        setNullable(insert, 4, change.objectId(), Types.VARCHAR);
        setNullable(insert, 5, change.displayName(), Types.VARCHAR);
        setNullable(insert, 6, change.userPrincipalName(), Types.VARCHAR);
        setNullable(insert, 7, change.licenceId(), Types.BIGINT);
        setNullable(insert, 8, change.before(), Types.VARCHAR);
        setNullable(insert, 9, change.after(), Types.VARCHAR);
    }

    List<Change> ofRun(long runId, Long licenceId, int first, int max) throws SQLException {
        String sql = SELECT + " WHERE ch.RUN_ID = ?" + (licenceId == null ? "" : " AND ch.LICENCE_ID = ?") + ORDER
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        return read(sql, runId, licenceId, first, max);
    }

    int countOfRun(long runId, Long licenceId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM M365_CHANGE ch"
                + " WHERE ch.RUN_ID = ?" + (licenceId == null ? "" : " AND ch.LICENCE_ID = ?"))) {
            bind(count, runId, licenceId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    Map<ChangeKind, Integer> countsOfRun(long runId) throws SQLException {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        try (PreparedStatement count =
                connection.prepareStatement("SELECT KIND, COUNT(*) FROM M365_CHANGE WHERE RUN_ID = ? GROUP BY KIND")) {
            count.setLong(1, runId);
            try (ResultSet rows = count.executeQuery()) {
                while (rows.next()) {
                    counts.put(ChangeKind.valueOf(rows.getString(1)), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    Map<Long, Map<ChangeKind, Integer>> countsOfRuns(Collection<Long> runIds) throws SQLException {
        Map<Long, Map<ChangeKind, Integer>> counts = new HashMap<>();
        try (PreparedStatement count = connection.prepareStatement("SELECT RUN_ID, KIND, COUNT(*) FROM M365_CHANGE"
                + " WHERE RUN_ID IN (" + String.join(", ", Collections.nCopies(runIds.size(), "?")) + ")"
                + " GROUP BY RUN_ID, KIND")) {
            bind(count, List.copyOf(runIds));
            try (ResultSet rows = count.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(rows.getLong(1), id -> new EnumMap<>(ChangeKind.class))
                            .put(ChangeKind.valueOf(rows.getString(2)), rows.getInt(3));
                }
            }
        }
        return counts;
    }

    List<Change> ofLicence(long licenceId, int max) throws SQLException {
        return read(
                SELECT + " WHERE ch.LICENCE_ID = ? ORDER BY ch.RUN_ID DESC, ch.KIND, ch.DISPLAY_NAME, ch.OBJECT_ID"
                        + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
                licenceId,
                max);
    }

    private List<Change> read(String sql, Object... parameters) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long portal = rows.getLong(2);
                    Long portalId = rows.wasNull() ? null : portal;
                    long licence = rows.getLong(7);
                    Long licenceId = rows.wasNull() ? null : licence;
                    changes.add(new Change(
                            rows.getLong(1),
                            portalId,
                            ChangeKind.valueOf(rows.getString(3)),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            licenceId,
                            rows.getString(8),
                            rows.getString(9),
                            rows.getString(10)));
                }
            }
        }
        return changes;
    }

    private int execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Binds the parameters in order: a list stands for as many as it holds, a null for none (an absent optional clause). */
    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        int i = 0;
        for (Object parameter : parameters) {
            if (parameter instanceof List<?> list) {
                for (Object element : list) {
                    statement.setObject(++i, element);
                }
            } else if (parameter instanceof ChangeKind kind) {
                statement.setString(++i, kind.name());
            } else if (parameter != null) {
                statement.setObject(++i, parameter);
            }
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Object value, int type)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value);
        }
    }
}
