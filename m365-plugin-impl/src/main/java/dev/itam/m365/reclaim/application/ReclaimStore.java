package dev.itam.m365.reclaim.application;

import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.api.pricing.PricePeriod;
import dev.itam.m365.api.pricing.PriceSource;
import dev.itam.m365.api.reclaim.ReclaimFilter;
import dev.itam.m365.api.reclaim.ReclaimReason;
import dev.itam.m365.api.reclaim.ReclaimRow;
import dev.itam.m365.pricing.domain.FreeSkus;
import dev.itam.m365.reclaim.domain.ReclaimGroup;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The reclaim list's SQL, the same text on H2, PostgreSQL and MariaDB: per answer one small statement
 * for the containing licences, then one for the rows, their count or their totals. Every assignment of
 * a synchronised, non-free licence to a synchronised user of an existing portal is read once with its
 * facts: its account state (DISABLED, else NEVER_SIGNED_IN, else INACTIVE), whether the user is a
 * guest, whether another licence of the user contains it. Each fact that holds is a row. The count
 * adds the facts up and the totals group by licence and facts (a few hundred groups, summed into
 * reasons here). The rows are ordered per assignment in the database and fanned out into their up to
 * three rows here; a page finds its assignments through a running sum of rows per assignment, and
 * only those few are joined with their details. Paging and totals happen in the database, so the
 * server holds one page or a few hundred groups, never the tenant's assignments. For 100,000 users
 * ({@code ReclaimStoreBenchmark}) count, first page, totals and the whole list take 0.3–0.6 s on
 * PostgreSQL and 0.5–1.3 s on MariaDB: fanning out in SQL made MariaDB read every assignment and user
 * three times (2.5–3 s). The plans need the statistics the import has the database refresh after
 * each merge: PostgreSQL planned the tables of a fresh import it never sampled as nearly empty and
 * took 30 s. The facts are worked out at each read, not stored at import: exemptions,
 * prices and the chosen days change them at any time.
 *
 * <p>Containment is worked out first, per pair of licences, not per user: a licence is inside another
 * of its portal when the plans they share are all of its plans; of two with the same plans the one
 * with the higher id (imported later) is inside. Those pairs (a tenant has tens of licences) go into
 * the users' statement as literal ids: computed inside it, PostgreSQL took the containment for one
 * row and looped over every assignment per pair (29 s for 100,000 users; 0.7 s now). Literals come
 * from enum names, the built-in list and ids the database gave, never from input; input is bound.
 */
final class ReclaimStore {

    /** What one answer reads: the filter, and the instants its reasons compare sign-ins and ages with. */
    record Query(ReclaimFilter filter, Instant inactiveBefore, Instant createdBefore) {}

    /** M365_PORTAL.SIGN_IN_ACTIVITY when the last import could read the users' sign-ins. */
    private static final String SIGN_INS_READ = "'READ'";

    private static final String SYNCHRONISED = literal(SyncStatus.SYNCHRONISED.name());

    private static final String PLAN_COUNTS =
            "(SELECT LICENCE_ID, COUNT(*) AS PLANS FROM M365_SERVICE_PLAN GROUP BY LICENCE_ID)";

    private static final String SHARED_PLANS = "SELECT s.LICENCE_ID AS INNER_ID, o.LICENCE_ID AS OUTER_ID,"
            + " COUNT(*) AS SHARED"
            + " FROM M365_SERVICE_PLAN s"
            + " JOIN M365_SERVICE_PLAN o ON o.SERVICE_PLAN_ID = s.SERVICE_PLAN_ID AND o.LICENCE_ID <> s.LICENCE_ID"
            + " JOIN M365_LICENCE li ON li.ID = s.LICENCE_ID"
            + " JOIN M365_LICENCE lo ON lo.ID = o.LICENCE_ID AND lo.PORTAL_ID = li.PORTAL_ID"
            + " AND lo.SYNC_STATUS = " + SYNCHRONISED
            + " GROUP BY s.LICENCE_ID, o.LICENCE_ID";

    private static final String CONTAINED = "SELECT sh.INNER_ID, sh.OUTER_ID FROM (" + SHARED_PLANS + ") sh"
            + " JOIN " + PLAN_COUNTS + " pin ON pin.LICENCE_ID = sh.INNER_ID"
            + " JOIN " + PLAN_COUNTS + " pout ON pout.LICENCE_ID = sh.OUTER_ID"
            + " WHERE sh.SHARED = pin.PLANS AND (pout.PLANS > pin.PLANS OR sh.OUTER_ID < sh.INNER_ID)";

    private static final String FREE_SKUS =
            FreeSkus.skuIds().stream().sorted().map(ReclaimStore::literal).collect(Collectors.joining(", "));

    private static final String STATE_REASON = "CASE WHEN c.ACCOUNT_ENABLED = ? THEN "
            + literal(ReclaimReason.DISABLED.name())
            + " WHEN p.SIGN_IN_ACTIVITY = " + SIGN_INS_READ
            + " AND c.LAST_SIGN_IN_AT IS NULL AND c.LAST_NON_INTERACTIVE_SIGN_IN_AT IS NULL"
            + " AND (c.CREATED_AT IS NULL OR c.CREATED_AT < ?) THEN " + literal(ReclaimReason.NEVER_SIGNED_IN.name())
            + " WHEN p.SIGN_IN_ACTIVITY = " + SIGN_INS_READ + " AND c.LAST_ACTIVE_AT < ? THEN "
            + literal(ReclaimReason.INACTIVE.name()) + " END";

    /** What a row shows beyond the facts, as the facts' statement names it; the count and the totals leave it out. */
    private static final List<String> DETAIL_NAMES = List.of(
            "ASSIGNED_VIA",
            "GROUP_ID",
            "SKU_PART_NUMBER",
            "PORTAL_ID",
            "PORTAL_NAME",
            "USER_PRINCIPAL_NAME",
            "DEPARTMENT",
            "LAST_ACTIVE_AT",
            "AMOUNT",
            "CURRENCY",
            "PERIOD");

    /** The same details read from the tables, in the order of {@link #DETAIL_NAMES}. */
    private static final String DETAILS = "a.ASSIGNED_VIA, a.GROUP_ID, l.SKU_PART_NUMBER, l.PORTAL_ID,"
            + " p.NAME AS PORTAL_NAME, c.USER_PRINCIPAL_NAME, c.DEPARTMENT, c.LAST_ACTIVE_AT,"
            + " pr.AMOUNT, pr.CURRENCY, pr.PERIOD";

    /** The facts every statement reads; the display name and title order the rows. */
    private static final String FACT_NAMES =
            "CONTACT_ID, LICENCE_ID, DISPLAY_NAME, TITLE, STATE_REASON, GUEST, REDUNDANT";

    private static final int FACT_COUNT = FACT_NAMES.split(",").length;

    /** An assignment's facts and details as the facts' statement {@code f} gives them. */
    private static final String ASSIGNMENT_COLUMNS =
            prefixed("f.", FACT_NAMES) + ", " + prefixed("f.", String.join(", ", DETAIL_NAMES));

    private static final String ANY_REASON = " (f.STATE_REASON IS NOT NULL OR f.GUEST = 1 OR f.REDUNDANT = 1)";

    /** How many rows the assignment {@code f} gives: one per reason that holds. */
    private static final String ROWS_OF_ASSIGNMENT =
            "(CASE WHEN f.STATE_REASON IS NULL THEN 0 ELSE 1 END + f.GUEST + f.REDUNDANT)";

    /** A user's assignments by name; each one's rows then follow in the order of {@link ReclaimReason}. */
    private static final String ORDER = "COALESCE(f.DISPLAY_NAME, ''), f.CONTACT_ID, f.TITLE, f.LICENCE_ID";

    private static final int FETCH_SIZE = 500;

    private final Connection connection;

    ReclaimStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * One page of rows. Filtered by reason, an assignment gives one row and the database pages them
     * directly. Otherwise a running sum of the rows per assignment (a window over the narrow facts)
     * finds the few assignments whose rows fall on the page; only those are joined with their details
     * and fanned out here.
     */
    List<ReclaimRow> rows(Query query, int first, int max) throws SQLException {
        int from = Math.max(first, 0);
        int until = from + Math.max(max, 0);
        ReclaimReason only = query.filter().reason();
        String sql = only == null
                ? "SELECT " + prefixed("w.", FACT_NAMES) + ", " + DETAILS + ", w.UPTO - w.N"
                        + " FROM (SELECT f.*, " + ROWS_OF_ASSIGNMENT + " AS N,"
                        + " SUM(" + ROWS_OF_ASSIGNMENT + ") OVER (ORDER BY " + ORDER + ") AS UPTO"
                        + " FROM (" + facts(query, false) + ") f WHERE" + ANY_REASON + ") w"
                        + " JOIN M365_CONSUMER_ASSIGNMENT a ON a.CONTACT_ID = w.CONTACT_ID AND a.LICENCE_ID = w.LICENCE_ID"
                        + " JOIN M365_LICENCE l ON l.ID = a.LICENCE_ID"
                        + " JOIN M365_PORTAL p ON p.ID = l.PORTAL_ID"
                        + " JOIN M365_CONTACT c ON c.ID = a.CONTACT_ID"
                        + " LEFT JOIN M365_LICENCE_PRICE pr ON pr.LICENCE_ID = a.LICENCE_ID"
                        + " WHERE w.UPTO > ? AND w.UPTO - w.N < ? ORDER BY w.UPTO"
                : "SELECT " + ASSIGNMENT_COLUMNS + " FROM (" + facts(query, true) + ") f WHERE " + holds(only)
                        + " ORDER BY " + ORDER + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        List<ReclaimRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = bind(select, query);
            select.setInt(++i, from);
            select.setInt(++i, only == null ? until : until - from);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    int index = only == null ? result.getInt(FACT_COUNT + DETAIL_NAMES.size() + 1) : from + rows.size();
                    for (ReclaimRow row : rowsOf(result, only)) {
                        if (index >= from && index < until) {
                            rows.add(row);
                        }
                        index++;
                    }
                }
            }
        }
        return rows;
    }

    void forEach(Query query, Consumer<ReclaimRow> action) throws SQLException {
        ReclaimReason only = query.filter().reason();
        String sql = "SELECT " + ASSIGNMENT_COLUMNS + " FROM (" + facts(query, true) + ") f WHERE"
                + (only == null ? ANY_REASON : " " + holds(only)) + " ORDER BY " + ORDER;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, query);
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rowsOf(result, only).forEach(action);
                }
            }
        }
    }

    /** The rows each assignment gives, added up over its facts: no fan-out, no order, no details. */
    int count(Query query) throws SQLException {
        ReclaimReason reason = query.filter().reason();
        String sql = reason == null
                ? "SELECT COALESCE(SUM(CASE WHEN f.STATE_REASON IS NULL THEN 0 ELSE 1 END + f.GUEST + f.REDUNDANT), 0)"
                        + " FROM (" + facts(query, false) + ") f"
                : "SELECT COUNT(*) FROM (" + facts(query, false) + ") f WHERE " + holds(reason);
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, query);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /**
     * The assignments with a reason grouped by licence and facts (a few hundred groups), joined with
     * their licence, portal and price; each group then gives the rows of each reason it holds, summed
     * here per licence and reason so that a cost is rounded once per licence and reason, as before.
     */
    List<ReclaimGroup> groups(Query query) throws SQLException {
        ReclaimReason only = query.filter().reason();
        String sql = "SELECT l.ID, l.SKU_PART_NUMBER, l.TITLE, l.PORTAL_ID, p.NAME, pr.AMOUNT, pr.CURRENCY, pr.PERIOD,"
                + " g.STATE_REASON, g.GUEST, g.REDUNDANT, g.ASSIGNMENTS"
                + " FROM (SELECT f.LICENCE_ID, f.STATE_REASON, f.GUEST, f.REDUNDANT, COUNT(*) AS ASSIGNMENTS"
                + " FROM (" + facts(query, false) + ") f WHERE" + (only == null ? ANY_REASON : " " + holds(only))
                + " GROUP BY f.LICENCE_ID, f.STATE_REASON, f.GUEST, f.REDUNDANT) g"
                + " JOIN M365_LICENCE l ON l.ID = g.LICENCE_ID"
                + " JOIN M365_PORTAL p ON p.ID = l.PORTAL_ID"
                + " LEFT JOIN M365_LICENCE_PRICE pr ON pr.LICENCE_ID = l.ID";
        Map<Long, Map<ReclaimReason, ReclaimGroup>> byLicence = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, query);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ReclaimGroup licence = new ReclaimGroup(
                            result.getLong(1),
                            result.getString(2),
                            result.getString(3),
                            result.getLong(4),
                            result.getString(5),
                            price(result.getBigDecimal(6), result.getString(7), result.getString(8)),
                            null,
                            0,
                            0);
                    String state = result.getString(9);
                    boolean guest = result.getInt(10) == 1;
                    boolean redundant = result.getInt(11) == 1;
                    int assignments = result.getInt(12);
                    Map<ReclaimReason, ReclaimGroup> ofLicence =
                            byLicence.computeIfAbsent(licence.licenceId(), id -> new EnumMap<>(ReclaimReason.class));
                    if (state != null) {
                        add(ofLicence, licence, ReclaimReason.valueOf(state), assignments, assignments, only);
                    }
                    if (guest) {
                        add(
                                ofLicence,
                                licence,
                                ReclaimReason.GUEST,
                                assignments,
                                state == null ? assignments : 0,
                                only);
                    }
                    if (redundant) {
                        add(
                                ofLicence,
                                licence,
                                ReclaimReason.REDUNDANT,
                                assignments,
                                state == null && !guest ? assignments : 0,
                                only);
                    }
                }
            }
        }
        return byLicence.values().stream()
                .flatMap(ofLicence -> ofLicence.values().stream())
                .toList();
    }

    private static void add(
            Map<ReclaimReason, ReclaimGroup> ofLicence,
            ReclaimGroup licence,
            ReclaimReason reason,
            int rows,
            int firstRows,
            ReclaimReason only) {
        if (only != null && only != reason) {
            return;
        }
        ofLicence.merge(
                reason,
                new ReclaimGroup(
                        licence.licenceId(),
                        licence.skuPartNumber(),
                        licence.title(),
                        licence.portalId(),
                        licence.portalName(),
                        licence.price(),
                        reason,
                        rows,
                        firstRows),
                (sum, more) -> new ReclaimGroup(
                        sum.licenceId(),
                        sum.skuPartNumber(),
                        sum.title(),
                        sum.portalId(),
                        sum.portalName(),
                        sum.price(),
                        reason,
                        sum.rows() + more.rows(),
                        sum.firstRows() + more.firstRows()));
    }

    /**
     * Each listed assignment once with its facts: STATE_REASON (DISABLED, NEVER_SIGNED_IN, INACTIVE or
     * null), GUEST and REDUNDANT (1 or 0), the names that order the rows, and with {@code details}
     * what a row shows.
     */
    private String facts(Query query, boolean details) throws SQLException {
        ReclaimFilter filter = query.filter();
        List<long[]> contained = containedPairs();
        return "SELECT a.CONTACT_ID, a.LICENCE_ID, c.DISPLAY_NAME, l.TITLE," + (details ? " " + DETAILS + "," : "")
                + " " + STATE_REASON + " AS STATE_REASON,"
                + " CASE WHEN UPPER(c.USER_TYPE) = 'GUEST' THEN 1 ELSE 0 END AS GUEST,"
                + (contained.isEmpty()
                        ? " 0 AS REDUNDANT"
                        : " CASE WHEN rd.LICENCE_ID IS NULL THEN 0 ELSE 1 END AS REDUNDANT")
                + " FROM M365_CONSUMER_ASSIGNMENT a"
                + " JOIN M365_LICENCE l ON l.ID = a.LICENCE_ID"
                + " JOIN M365_PORTAL p ON p.ID = l.PORTAL_ID"
                + " JOIN M365_CONTACT c ON c.ID = a.CONTACT_ID"
                + " LEFT JOIN M365_LICENCE_PRICE pr ON pr.LICENCE_ID = a.LICENCE_ID"
                + " LEFT JOIN M365_RECLAIM_EXEMPTION e ON e.CONTACT_ID = a.CONTACT_ID"
                + (contained.isEmpty()
                        ? ""
                        : " LEFT JOIN (" + redundantAssignments(contained) + ") rd ON rd.CONTACT_ID = a.CONTACT_ID"
                                + " AND rd.LICENCE_ID = a.LICENCE_ID")
                + " WHERE l.SYNC_STATUS = " + SYNCHRONISED + " AND c.SYNC_STATUS = " + SYNCHRONISED
                + " AND ((pr.LICENCE_ID IS NULL AND l.SKU_ID NOT IN (" + FREE_SKUS + ")) OR pr.AMOUNT > 0)"
                + " AND e.CONTACT_ID IS " + (filter.exempt() ? "NOT NULL" : "NULL")
                + (filter.portalId() == null ? "" : " AND l.PORTAL_ID = ?")
                + (filter.licenceId() == null ? "" : " AND a.LICENCE_ID = ?");
    }

    /** Whether the facts {@code f} give a row of this reason; literals from the enum, never input. */
    private static String holds(ReclaimReason reason) {
        return switch (reason) {
            case GUEST -> "f.GUEST = 1";
            case REDUNDANT -> "f.REDUNDANT = 1";
            default -> "f.STATE_REASON = " + literal(reason.name());
        };
    }

    /** Pairs of licences {inner, outer} where every plan of the inner one is in the outer one. */
    private List<long[]> containedPairs() throws SQLException {
        List<long[]> pairs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CONTAINED);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                pairs.add(new long[] {result.getLong(1), result.getLong(2)});
            }
        }
        return pairs;
    }

    /**
     * The assignments of users who also hold a licence containing the assigned one. Both sides are
     * narrowed by licence first (an index each) and joined by user; the pair is then checked against
     * the containments, one CASE branch per inner licence. DISTINCT, not GROUP BY: MariaDB computes a
     * grouped table joined on its keys again for every assignment (split materialisation, 3 s for
     * 100,000 users), and a correlated EXISTS instead made PostgreSQL repeat it per use of the fact.
     */
    private static String redundantAssignments(List<long[]> contained) {
        Map<Long, List<Long>> outersOf = new TreeMap<>();
        contained.forEach(pair ->
                outersOf.computeIfAbsent(pair[0], id -> new ArrayList<>()).add(pair[1]));
        String inners = outersOf.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String outers = contained.stream()
                .map(pair -> pair[1])
                .distinct()
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        String containment = outersOf.entrySet().stream()
                .map(inner -> " WHEN a1.LICENCE_ID = " + inner.getKey() + " AND a2.LICENCE_ID IN ("
                        + inner.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ") THEN 1")
                .collect(Collectors.joining());
        return "SELECT DISTINCT a1.CONTACT_ID, a1.LICENCE_ID FROM M365_CONSUMER_ASSIGNMENT a1"
                + " JOIN M365_CONSUMER_ASSIGNMENT a2 ON a2.CONTACT_ID = a1.CONTACT_ID"
                + " WHERE a1.LICENCE_ID IN (" + inners + ") AND a2.LICENCE_ID IN (" + outers + ")"
                + " AND CASE" + containment + " ELSE 0 END = 1";
    }

    private static int bind(PreparedStatement statement, Query query) throws SQLException {
        ReclaimFilter filter = query.filter();
        int i = 0;
        statement.setBoolean(++i, false);
        statement.setTimestamp(++i, Timestamp.from(query.createdBefore()));
        statement.setTimestamp(++i, Timestamp.from(query.inactiveBefore()));
        if (filter.portalId() != null) {
            statement.setLong(++i, filter.portalId());
        }
        if (filter.licenceId() != null) {
            statement.setLong(++i, filter.licenceId());
        }
        return i;
    }

    /**
     * The rows of the assignment at the result's cursor (columns {@link #FACT_NAMES}, then {@link
     * #DETAIL_NAMES}), one per reason that holds, in the order of {@link ReclaimReason}; only the given
     * reason's when one is.
     */
    private static List<ReclaimRow> rowsOf(ResultSet result, ReclaimReason only) throws SQLException {
        List<ReclaimReason> reasons = new ArrayList<>(3);
        String state = result.getString(5);
        if (state != null) {
            reasons.add(ReclaimReason.valueOf(state));
        }
        if (result.getInt(6) == 1) {
            reasons.add(ReclaimReason.GUEST);
        }
        if (result.getInt(7) == 1) {
            reasons.add(ReclaimReason.REDUNDANT);
        }
        if (only != null) {
            reasons.retainAll(List.of(only));
        }
        Timestamp lastActive = result.getTimestamp(15);
        Price price = price(result.getBigDecimal(16), result.getString(17), result.getString(18));
        List<ReclaimRow> rows = new ArrayList<>(reasons.size());
        for (ReclaimReason reason : reasons) {
            rows.add(new ReclaimRow(
                    result.getLong(2),
                    result.getString(10),
                    result.getString(4),
                    result.getLong(11),
                    result.getString(12),
                    result.getLong(1),
                    result.getString(3),
                    result.getString(13),
                    result.getString(14),
                    reason,
                    lastActive == null ? null : lastActive.toInstant(),
                    AssignmentSource.valueOf(result.getString(8)),
                    result.getString(9),
                    price == null ? null : price.monthlyCost(1),
                    price == null ? null : price.currency()));
        }
        return rows;
    }

    /** The set price of a row's licence, or null: free licences have no rows, so no built-in price reaches here. */
    private static Price price(BigDecimal amount, String currency, String period) {
        if (amount == null) {
            return null;
        }
        return new Price(
                amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits()),
                currency,
                PricePeriod.valueOf(period),
                PriceSource.SET,
                null,
                null);
    }

    private static String prefixed(String alias, String names) {
        return Arrays.stream(names.split(", ")).map(name -> alias + name).collect(Collectors.joining(", "));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
