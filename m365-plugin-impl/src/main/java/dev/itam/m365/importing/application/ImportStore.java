package dev.itam.m365.importing.application;

import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.licensing.ConsumerType;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.graph.client.GraphUser;
import dev.itam.m365.graph.client.SubscribedSku;
import dev.itam.m365.persistence.SchemaMigrator;
import dev.itam.m365.persistence.TableStatistics;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The import's SQL. Each Graph page is staged in a transaction of its own, in bulk ({@code COPY} on
 * PostgreSQL, a JDBC batch per table elsewhere: {@link StagedTable}), so nothing of the real data is
 * touched until the merge; the merge then writes contacts and consumer
 * assignments set-based from the staging tables, in SQL that H2, PostgreSQL and MariaDB all run the
 * same way (correlated subqueries, no vendor upserts), so the server never holds all users. Enum
 * names are bound as parameters, so renaming a constant cannot leave a stale literal behind.
 *
 * <p>Staged are the users who hold an importable licence or whose assignment of one failed (they
 * are demand: waiting for a seat, say), each with the licences they hold, the group each comes
 * through, and their failed assignments.
 */
@ApplicationScoped
public class ImportStore {

    private static final String STAGED =
            "SELECT 1 FROM M365_STAGED_USER s WHERE s.RUN_ID = ? AND s.OBJECT_ID = M365_CONTACT.ENTRA_OBJECT_ID";
    private static final String STAGED_COLUMN = "(SELECT s.%1$s FROM M365_STAGED_USER s WHERE s.RUN_ID = ?"
            + " AND s.OBJECT_ID = M365_CONTACT.ENTRA_OBJECT_ID)";
    /**
     * PostgreSQL's form of {@link #STAGED} for an update: the contact joins its staged user once and
     * takes the staged values from the join, instead of looking the user up again for each column of
     * each contact it changes.
     */
    private static final String STAGED_JOIN =
            " FROM M365_STAGED_USER s WHERE s.RUN_ID = ? AND s.OBJECT_ID = M365_CONTACT.ENTRA_OBJECT_ID";

    private static final String STAGED_PAIR = " FROM M365_STAGED_LICENCE s"
            + " JOIN M365_CONTACT c ON c.ENTRA_OBJECT_ID = s.OBJECT_ID"
            + " JOIN M365_LICENCE l ON l.SKU_ID = s.SKU_ID AND l.PORTAL_ID = ?"
            + " WHERE s.RUN_ID = ?";

    /** Graph's ids are GUIDs; a longer one is cut to fit its column rather than fail the import. */
    private static final int GUID = 36;

    /** The contact's data the import writes from staging, sign-ins aside. */
    private static final List<String> CONTACT_COLUMNS = List.of(
            "DISPLAY_NAME", "USER_PRINCIPAL_NAME", "MAIL", "DEPARTMENT", "ACCOUNT_ENABLED", "USER_TYPE", "CREATED_AT");

    /** Written only by a run that read sign-in activity. */
    private static final List<String> SIGN_IN_COLUMNS = List.of(
            "LAST_SIGN_IN_AT", "LAST_NON_INTERACTIVE_SIGN_IN_AT", "LAST_SUCCESSFUL_SIGN_IN_AT", "LAST_ACTIVE_AT");

    private static final List<String> STAGING_TABLES =
            List.of("M365_STAGED_USER", "M365_STAGED_LICENCE", "M365_STAGED_ASSIGNMENT_ERROR", "M365_STAGED_CHANGE");

    /** The contacts a partial merge compares: those of the users its delta round named. */
    private static final String TOUCHED = " AND %s IN (SELECT tc.ID FROM M365_CONTACT tc JOIN M365_STAGED_CHANGE t"
            + " ON t.OBJECT_ID = tc.ENTRA_OBJECT_ID WHERE t.RUN_ID = ?)";

    /** The tables a merge writes in bulk. */
    public static final List<String> MERGED_TABLES = List.of(
            "M365_CONTACT", "M365_CONSUMER_ASSIGNMENT", "M365_ASSIGNMENT_ERROR", "M365_LICENCE", "M365_SERVICE_PLAN");

    /** A staged user's columns: the run and object ids, then what the merge writes to its contact. */
    private static final List<String> STAGED_USER_COLUMNS = Stream.of(
                    List.of("RUN_ID", "OBJECT_ID"), CONTACT_COLUMNS, SIGN_IN_COLUMNS)
            .flatMap(List::stream)
            .toList();

    private static final List<Integer> STAGED_USER_TYPES = List.of(
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BOOLEAN,
            Types.VARCHAR,
            Types.TIMESTAMP,
            Types.TIMESTAMP,
            Types.TIMESTAMP,
            Types.TIMESTAMP,
            Types.TIMESTAMP);

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    DataSource dataSource;

    /** What the merge changed in contacts and consumer assignments. */
    public record ConsumerCounts(
            int contactsCreated, int contactsUpdated, int assignmentsCreated, int assignmentsRemoved) {}

    /** @return the number of users staged, those holding at least one importable licence or failing to */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int stage(long runId, Iterable<GraphUser> users, Set<String> importableSkuIds) {
        StagedTable user = new StagedTable("M365_STAGED_USER", STAGED_USER_COLUMNS, STAGED_USER_TYPES);
        StagedTable licence = new StagedTable(
                "M365_STAGED_LICENCE",
                List.of("RUN_ID", "OBJECT_ID", "SKU_ID", "ASSIGNED_VIA", "GROUP_ID"),
                List.of(Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR));
        StagedTable failure = new StagedTable(
                "M365_STAGED_ASSIGNMENT_ERROR",
                List.of("RUN_ID", "OBJECT_ID", "SKU_ID", "GROUP_ID", "STATE", "ERROR"),
                List.of(Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR));
        int staged = 0;
        for (GraphUser graphUser : users) {
            String objectId = graphUser.id().toLowerCase(Locale.ROOT);
            boolean licensed = stageLicences(licence, runId, objectId, graphUser, importableSkuIds);
            boolean failing = stageFailures(failure, runId, objectId, graphUser, importableSkuIds);
            if (licensed || failing) {
                stageUser(user, runId, objectId, graphUser);
                staged++;
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            user.write(connection);
            licence.write(connection);
            failure.write(connection);
            return staged;
        } catch (SQLException e) {
            throw new IllegalStateException("Staging users failed: " + e.getMessage(), e);
        }
    }

    /**
     * Stages a page of a delta round: the changed users as {@link #stage} does, and every user the
     * page names, changed or removed, as touched, so that a partial merge compares only their
     * assignments. Graph may name a user again later in a round: the latest answer replaces what was
     * staged for that user before.
     *
     * @return the number of users staged, as {@link #stage}
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int stageChanges(long runId, List<GraphUser> users, Set<String> importableSkuIds) {
        Map<String, GraphUser> latest = new LinkedHashMap<>();
        users.forEach(user -> latest.put(user.id().toLowerCase(Locale.ROOT), user));
        if (latest.isEmpty()) {
            return 0;
        }
        StagedTable touched = new StagedTable(
                "M365_STAGED_CHANGE", List.of("RUN_ID", "OBJECT_ID"), List.of(Types.BIGINT, Types.VARCHAR));
        latest.keySet().forEach(objectId -> touched.add(runId, clip(objectId, GUID)));
        try (Connection connection = dataSource.getConnection()) {
            for (String table : STAGING_TABLES) {
                try (PreparedStatement forget = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE RUN_ID = ? AND OBJECT_ID IN (" + placeholders(List.copyOf(latest.keySet())) + ")")) {
                    forget.setLong(1, runId);
                    int i = 1;
                    for (String objectId : latest.keySet()) {
                        forget.setString(++i, clip(objectId, GUID));
                    }
                    forget.executeUpdate();
                }
            }
            touched.write(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Staging the changed users failed: " + e.getMessage(), e);
        }
        return stage(
                runId,
                latest.values().stream().filter(user -> !user.isRemoved()).toList(),
                importableSkuIds);
    }

    /** The importable licences the user holds, once each, with the group each comes through. */
    private static boolean stageLicences(
            StagedTable licence, long runId, String objectId, GraphUser user, Set<String> importable) {
        Set<String> held = new HashSet<>();
        for (GraphUser.AssignedLicense assigned : user.licences()) {
            String skuId = assigned.skuId() == null ? null : assigned.skuId().toLowerCase(Locale.ROOT);
            if (skuId != null && importable.contains(skuId) && held.add(skuId)) {
                String groupId = clip(user.holdingGroup(skuId), GUID);
                licence.add(
                        runId,
                        objectId,
                        skuId,
                        (groupId == null ? AssignmentSource.DIRECT : AssignmentSource.GROUP).name(),
                        groupId);
            }
        }
        return !held.isEmpty();
    }

    /** The user's failed assignments of importable licences, once per licence and group. */
    private static boolean stageFailures(
            StagedTable failure, long runId, String objectId, GraphUser user, Set<String> importable) {
        Set<String> seen = new HashSet<>();
        for (GraphUser.LicenseAssignmentState state : user.failedStates()) {
            String skuId = state.skuId().toLowerCase(Locale.ROOT);
            String groupId = clip(state.groupId(), GUID);
            if (importable.contains(skuId) && seen.add(skuId + "|" + groupId)) {
                failure.add(
                        runId,
                        objectId,
                        skuId,
                        groupId,
                        state.assignmentState().name(),
                        state.assignmentError().name());
            }
        }
        return !seen.isEmpty();
    }

    private static void stageUser(StagedTable user, long runId, String objectId, GraphUser graphUser) {
        GraphUser.Dates dates = graphUser.dates();
        user.add(
                runId,
                objectId,
                clip(graphUser.displayName(), 256),
                clip(graphUser.userPrincipalName(), 256),
                clip(graphUser.mail(), 256),
                clip(graphUser.department(), 256),
                !Boolean.FALSE.equals(graphUser.accountEnabled()),
                clip(graphUser.userType(), 20),
                timestamp(dates.createdAt()),
                timestamp(dates.lastSignInAt()),
                timestamp(dates.lastNonInteractiveSignInAt()),
                timestamp(dates.lastSuccessfulSignInAt()),
                timestamp(dates.lastActiveAt()));
    }

    /** The runs that have rows in staging, whether or not they are still running. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<Long> stagedRunIds() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT RUN_ID FROM M365_STAGED_USER UNION SELECT RUN_ID FROM M365_STAGED_LICENCE"
                                + " UNION SELECT RUN_ID FROM M365_STAGED_ASSIGNMENT_ERROR"
                                + " UNION SELECT RUN_ID FROM M365_STAGED_CHANGE");
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

    /**
     * Has the database sample what merges write, after the merge committed: the reclaim list, the
     * consumers and the compliance read these tables with joins planned from those samples.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void sampleMergedTables() {
        sample(MERGED_TABLES);
    }

    /**
     * Whether the statistics of the tables merges write still describe them after a merge that
     * created these contacts and assignments, so that sampling them again need not delay the import
     * (0.3 s for a 100,000-user tenant, however little changed). PostgreSQL scales the rows it
     * sampled by a table's current size, so a table that grew by no more than half of what it held
     * when sampled keeps plans of the right shape. No, when a table was never sampled or grew more,
     * on MariaDB and H2 (which sample in no time), and when the statistics cannot be read.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean mergedStatisticsHold(int contactsCreated, int assignmentsCreated) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> created = Map.of(
                    "M365_CONTACT", (long) contactsCreated, "M365_CONSUMER_ASSIGNMENT", (long) assignmentsCreated);
            return TableStatistics.sampledRows(connection, MERGED_TABLES)
                    .map(sampled -> sampled.entrySet().stream()
                            .allMatch(table -> table.getValue() >= 0
                                    && 2 * created.getOrDefault(table.getKey(), 0L) <= table.getValue()))
                    .orElse(false);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Has the database sample the staging tables a run filled, so that the merge's joins are planned for their size. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void sampleStagingTables() {
        sample(STAGING_TABLES);
    }

    private void sample(List<String> tables) {
        try (Connection connection = dataSource.getConnection()) {
            TableStatistics.refresh(connection, tables);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Refreshing the statistics of " + String.join(", ", tables) + " failed: " + e.getMessage(), e);
        }
    }

    /** Removes what a run staged, whatever its outcome. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void discard(long runId) {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : new String[] {
                "M365_STAGED_CHANGE", "M365_STAGED_ASSIGNMENT_ERROR", "M365_STAGED_LICENCE", "M365_STAGED_USER"
            }) {
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
     * Merges a run's staged users into contacts, its staged licences into the assignments of the
     * synchronised licences and its staged failures into their failed assignments, on the caller's
     * connection so that it commits with the rest of the merge.
     *
     * <p>When the run could not read sign-in activity ({@code signInsRead} false) the contacts keep
     * the sign-ins stored before, not nulls, which would make everybody look never signed in; the
     * portal's {@code SIGN_IN_ACTIVITY} tells whether they are current. New contacts then have none.
     */
    public ConsumerCounts mergeConsumers(
            Connection connection, long runId, long portalId, List<Long> licenceIds, boolean signInsRead, Instant now)
            throws SQLException {
        return mergeConsumers(connection, runId, portalId, licenceIds, signInsRead, false, now);
    }

    /**
     * As {@link #mergeConsumers(Connection, long, long, List, boolean, Instant)}; with {@code partial}
     * the run staged a delta round, and only the contacts of the users it named ({@code
     * M365_STAGED_CHANGE}) lose assignments and failed assignments it did not stage: everybody else's
     * stay as they are.
     */
    public ConsumerCounts mergeConsumers(
            Connection connection,
            long runId,
            long portalId,
            List<Long> licenceIds,
            boolean signInsRead,
            boolean partial,
            Instant now)
            throws SQLException {
        int contactsUpdated = updateChangedContacts(connection, runId, portalId, now);
        if (signInsRead) {
            updateSignIns(connection, runId);
        }
        int contactsCreated = insertNewContacts(connection, runId, portalId, now);
        int assignmentsRemoved = deleteUnstaged(connection, runId, portalId, licenceIds, false, partial);
        int assignmentsChanged = deleteUnstaged(connection, runId, portalId, licenceIds, true, partial);
        int assignmentsCreated = insertNewAssignments(connection, runId, portalId, licenceIds) - assignmentsChanged;
        replaceFailedAssignments(connection, runId, portalId, licenceIds, partial);
        return new ConsumerCounts(contactsCreated, contactsUpdated, assignmentsCreated, assignmentsRemoved);
    }

    /**
     * Contacts whose data differ from the tenant's, or that another portal or no portal held: they
     * count as updated, and the host's directory is asked for them again. Text compares through
     * COALESCE to '' and instants through {@link #differs}, so a null on one side only is a change on
     * every database.
     */
    private static int updateChangedContacts(Connection connection, long runId, long portalId, Instant now)
            throws SQLException {
        StringBuilder changed = new StringBuilder(" AND (");
        for (String text : List.of("DISPLAY_NAME", "USER_PRINCIPAL_NAME", "MAIL", "DEPARTMENT", "USER_TYPE")) {
            changed.append("COALESCE(s.%1$s, '') <> COALESCE(M365_CONTACT.%1$s, '') OR ".formatted(text));
        }
        changed.append("s.ACCOUNT_ENABLED <> M365_CONTACT.ACCOUNT_ENABLED OR ")
                .append(differs("s.CREATED_AT", "M365_CONTACT.CREATED_AT"))
                .append(" OR M365_CONTACT.PORTAL_ID IS NULL OR M365_CONTACT.PORTAL_ID <> ?")
                .append(" OR M365_CONTACT.SYNC_STATUS <> ?)");
        boolean postgres = connection.isWrapperFor(PGConnection.class);
        String set = (postgres ? joinedValues(CONTACT_COLUMNS) : stagedValues(CONTACT_COLUMNS)) + ","
                + " PORTAL_ID = ?, SYNC_STATUS = ?, SYNC_PROBLEM = NULL, LAST_IMPORTED_AT = ?, VERSION = VERSION + 1";
        String sql = postgres
                ? "UPDATE M365_CONTACT SET" + set + STAGED_JOIN + changed
                : "UPDATE M365_CONTACT SET" + set + " WHERE EXISTS (" + STAGED + changed + ")";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 0;
            for (int column = 0; column < (postgres ? 0 : CONTACT_COLUMNS.size()); column++) {
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

    /**
     * The sign-ins of contacts whose sign-ins changed. Apart from the contact's data: a sign-in
     * changes daily for most users, and is no reason to count the contact as updated or to ask the
     * host's directory for it again.
     */
    private static void updateSignIns(Connection connection, long runId) throws SQLException {
        String changed = SIGN_IN_COLUMNS.stream()
                .map(column -> differs("s." + column, "M365_CONTACT." + column))
                .collect(Collectors.joining(" OR ", " AND (", ")"));
        boolean postgres = connection.isWrapperFor(PGConnection.class);
        String sql = postgres
                ? "UPDATE M365_CONTACT SET" + joinedValues(SIGN_IN_COLUMNS) + STAGED_JOIN + changed
                : "UPDATE M365_CONTACT SET" + stagedValues(SIGN_IN_COLUMNS) + " WHERE EXISTS (" + STAGED + changed
                        + ")";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            // elsewhere each column's subquery, then the EXISTS, take the run id; on PostgreSQL the join
            for (int i = 1; i <= (postgres ? 1 : SIGN_IN_COLUMNS.size() + 1); i++) {
                update.setLong(i, runId);
            }
            update.executeUpdate();
        }
    }

    /** {@code A = s.A, B = s.B, …}, from the staged user {@link #STAGED_JOIN} joins. */
    private static String joinedValues(List<String> columns) {
        return columns.stream().map(column -> " " + column + " = s." + column).collect(Collectors.joining(","));
    }

    /** {@code A = (staged A), B = (staged B), …}, each subquery with the run id as its parameter. */
    private static String stagedValues(List<String> columns) {
        return columns.stream()
                .map(column -> " " + column + " = " + STAGED_COLUMN.formatted(column))
                .collect(Collectors.joining(","));
    }

    /** True when exactly one side is null or both differ; plain {@code <>} is unknown with a null. */
    private static String differs(String left, String right) {
        return "(%1$s <> %2$s OR (%1$s IS NULL AND %2$s IS NOT NULL) OR (%1$s IS NOT NULL AND %2$s IS NULL))"
                .formatted(left, right);
    }

    /**
     * Users seen for the first time; their ids come from the shared id table, as JPA's do. The id
     * table's row is locked first, so the insert numbers the new contacts after its count and then
     * moves the count past them: one pass over the staged users, not a count and then the insert.
     * JPA waits for the lock as it waited for the count's update, until the merge commits.
     */
    private static int insertNewContacts(Connection connection, long runId, long portalId, Instant now)
            throws SQLException {
        long lastId;
        try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT SEQ_COUNT FROM M365_ID_SEQUENCE WHERE SEQ_NAME = 'M365_ENTITY' FOR UPDATE");
                ResultSet result = lock.executeQuery()) {
            result.next();
            lastId = result.getLong(1);
        }
        List<String> columns = new ArrayList<>(CONTACT_COLUMNS);
        columns.addAll(SIGN_IN_COLUMNS);
        String sql = "INSERT INTO M365_CONTACT (ID, VERSION, ENTRA_OBJECT_ID, PORTAL_ID, " + String.join(", ", columns)
                + ", SYNC_STATUS, LAST_IMPORTED_AT)"
                + " SELECT " + lastId + " + ROW_NUMBER() OVER (ORDER BY s.OBJECT_ID), 1, s.OBJECT_ID, ?, "
                + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ", ?, ?"
                + " FROM M365_STAGED_USER s WHERE s.RUN_ID = ?"
                + " AND NOT EXISTS (SELECT 1 FROM M365_CONTACT c WHERE c.ENTRA_OBJECT_ID = s.OBJECT_ID)";
        int inserted;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, portalId);
            insert.setString(2, SyncStatus.SYNCHRONISED.name());
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setLong(4, runId);
            inserted = insert.executeUpdate();
        }
        if (inserted > 0) {
            try (PreparedStatement bump = connection.prepareStatement(
                    "UPDATE M365_ID_SEQUENCE SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = 'M365_ENTITY'")) {
                bump.setLong(1, inserted);
                bump.executeUpdate();
            }
        }
        return inserted;
    }

    private static int insertNewAssignments(Connection connection, long runId, long portalId, List<Long> licenceIds)
            throws SQLException {
        if (licenceIds.isEmpty()) {
            return 0;
        }
        String sql = "INSERT INTO M365_CONSUMER_ASSIGNMENT (CONTACT_ID, LICENCE_ID, CONSUMER_TYPE, ASSIGNED_VIA,"
                + " GROUP_ID) SELECT c.ID, l.ID, ?, s.ASSIGNED_VIA, s.GROUP_ID" + STAGED_PAIR
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
     * Deletes the assignments of the licences that the run did not stage, compared by contact and
     * licence: those the tenant no longer has. With {@code bySource} also by how they are assigned
     * (the group id through COALESCE, as a null in a row value makes NOT IN unknown): those whose
     * source changed, from a direct assignment to a group's or back or to another group, which
     * {@link #insertNewAssignments} then inserts again with their new source, so the caller counts
     * them as changed, not created. With {@code partial} only the touched contacts' assignments.
     *
     * <p>Two forms, because the databases' planners fail on different ones. H2 and MariaDB run an
     * uncorrelated row-value NOT IN once (a correlated EXISTS over the staged join let H2 start each
     * row's lookup from the whole run's staging once its statistics changed: a 4,400-user merge took
     * 80 s instead of 0.1 s). PostgreSQL hashes a NOT IN only while it expects the hash to fit
     * {@code work_mem}; once the staging tables are sampled (by the import, or by autovacuum in the
     * middle of one) 117,000 staged assignments no longer do, and it compares every assignment with
     * every staged one: a 100,000-user re-import ran for more than ten minutes. It gets NOT EXISTS,
     * which it plans as a hash anti-join of any size (0.2 s).
     */
    private static int deleteUnstaged(
            Connection connection, long runId, long portalId, List<Long> licenceIds, boolean bySource, boolean partial)
            throws SQLException {
        if (licenceIds.isEmpty()) {
            return 0;
        }
        boolean postgres = connection.isWrapperFor(PGConnection.class);
        String touched = partial ? TOUCHED.formatted(postgres ? "a.CONTACT_ID" : "CONTACT_ID") : "";
        String sql = postgres
                ? "DELETE FROM M365_CONSUMER_ASSIGNMENT a WHERE a.LICENCE_ID IN (" + placeholders(licenceIds) + ")"
                        + touched + " AND NOT EXISTS (SELECT 1" + STAGED_PAIR
                        + " AND c.ID = a.CONTACT_ID AND l.ID = a.LICENCE_ID"
                        + (bySource
                                ? " AND s.ASSIGNED_VIA = a.ASSIGNED_VIA AND COALESCE(s.GROUP_ID, '') = COALESCE(a.GROUP_ID, '')"
                                : "")
                        + ")"
                : "DELETE FROM M365_CONSUMER_ASSIGNMENT WHERE LICENCE_ID IN (" + placeholders(licenceIds) + ")"
                        + touched
                        + (bySource
                                ? " AND (CONTACT_ID, LICENCE_ID, ASSIGNED_VIA, COALESCE(GROUP_ID, '')) NOT IN"
                                        + " (SELECT c.ID, l.ID, s.ASSIGNED_VIA, COALESCE(s.GROUP_ID, '')"
                                : " AND (CONTACT_ID, LICENCE_ID) NOT IN (SELECT c.ID, l.ID")
                        + STAGED_PAIR + ")";
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            int i = bind(delete, 0, licenceIds);
            if (partial) {
                delete.setLong(++i, runId);
            }
            delete.setLong(++i, portalId);
            delete.setLong(++i, runId);
            return delete.executeUpdate();
        }
    }

    /**
     * The synchronised licences' failed assignments become those the run staged; with {@code partial}
     * only the touched contacts' (delta does not track failed assignments, but a user it names comes
     * with all of them).
     */
    private static void replaceFailedAssignments(
            Connection connection, long runId, long portalId, List<Long> licenceIds, boolean partial)
            throws SQLException {
        if (licenceIds.isEmpty()) {
            return;
        }
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM M365_ASSIGNMENT_ERROR WHERE LICENCE_ID IN ("
                        + placeholders(licenceIds) + ")" + (partial ? TOUCHED.formatted("CONTACT_ID") : ""))) {
            int i = bind(delete, 0, licenceIds);
            if (partial) {
                delete.setLong(++i, runId);
            }
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO M365_ASSIGNMENT_ERROR (LICENCE_ID, CONTACT_ID, GROUP_ID, STATE, ERROR)"
                        + " SELECT l.ID, c.ID, s.GROUP_ID, s.STATE, s.ERROR FROM M365_STAGED_ASSIGNMENT_ERROR s"
                        + " JOIN M365_CONTACT c ON c.ENTRA_OBJECT_ID = s.OBJECT_ID"
                        + " JOIN M365_LICENCE l ON l.SKU_ID = s.SKU_ID AND l.PORTAL_ID = ?"
                        + " WHERE s.RUN_ID = ? AND l.ID IN (" + placeholders(licenceIds) + ")")) {
            insert.setLong(1, portalId);
            insert.setLong(2, runId);
            bind(insert, 2, licenceIds);
            insert.executeUpdate();
        }
    }

    /**
     * Replaces the service plans of each licence with those its SKU lists, in one batch: a tenant has
     * tens of SKUs with tens of plans each. A plan listed twice counts once; one whose id is longer
     * than Graph's GUIDs is skipped.
     */
    public void replaceServicePlans(Connection connection, Map<Long, List<SubscribedSku.ServicePlan>> byLicence)
            throws SQLException {
        if (byLicence.isEmpty()) {
            return;
        }
        List<Long> licenceIds = List.copyOf(byLicence.keySet());
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM M365_SERVICE_PLAN WHERE LICENCE_ID IN (" + placeholders(licenceIds) + ")")) {
            bind(delete, 0, licenceIds);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO M365_SERVICE_PLAN"
                + " (LICENCE_ID, SERVICE_PLAN_ID, SERVICE_PLAN_NAME, APPLIES_TO) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, List<SubscribedSku.ServicePlan>> licence : byLicence.entrySet()) {
                Set<String> seen = new HashSet<>();
                for (SubscribedSku.ServicePlan plan : licence.getValue()) {
                    String planId = plan.servicePlanId().strip().toLowerCase(Locale.ROOT);
                    if (planId.length() <= GUID && seen.add(planId)) {
                        insert.setLong(1, licence.getKey());
                        insert.setString(2, planId);
                        insert.setString(3, clip(plan.servicePlanName(), 100));
                        insert.setString(4, clip(plan.appliesTo(), 20));
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String placeholders(List<?> ids) {
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
