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
 * reasons here), neither fanning out, ordering nor reading names; only the rows of the list fan the
 * assignments that have a reason out into up to three rows and order them. Paging
 * ({@code OFFSET … FETCH}) and totals happen in the database, so the server holds one page or a few
 * hundred groups, never the tenant's assignments. For 100,000 users this took count, first page,
 * totals and the whole list from 0.4–1.9 s each to 0.2–0.8 s on PostgreSQL ({@code
 * ReclaimStoreBenchmark}): fanning every assignment out three times before filtering, and sorting all
 * of them wide, was most of the time. The facts are worked out at each read, not stored at import:
 * exemptions, prices and the chosen days change them at any time.
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

    private static final String COLUMNS = "y.LICENCE_ID, y.SKU_PART_NUMBER, y.TITLE, y.PORTAL_ID, y.PORTAL_NAME,"
            + " y.CONTACT_ID, y.DISPLAY_NAME, y.USER_PRINCIPAL_NAME, y.DEPARTMENT, y.REASON, y.LAST_ACTIVE_AT,"
            + " y.ASSIGNED_VIA, y.GROUP_ID, y.AMOUNT, y.CURRENCY, y.PERIOD";

    /** What a row shows beyond the facts; the count and the totals leave it out. */
    private static final String DETAILS = " a.ASSIGNED_VIA, a.GROUP_ID, l.SKU_PART_NUMBER, l.TITLE, l.PORTAL_ID,"
            + " p.NAME AS PORTAL_NAME, c.DISPLAY_NAME, c.USER_PRINCIPAL_NAME, c.DEPARTMENT, c.LAST_ACTIVE_AT,"
            + " pr.AMOUNT, pr.CURRENCY, pr.PERIOD,";

    private static final String ANY_REASON = " (f.STATE_REASON IS NOT NULL OR f.GUEST = 1 OR f.REDUNDANT = 1)";

    private static final String ORDER =
            " ORDER BY COALESCE(y.DISPLAY_NAME, ''), y.CONTACT_ID, y.TITLE, y.LICENCE_ID, y.REASON_ORDER";

    private static final int FETCH_SIZE = 500;

    private final Connection connection;

    ReclaimStore(Connection connection) {
        this.connection = connection;
    }

    List<ReclaimRow> rows(Query query, int first, int max) throws SQLException {
        List<ReclaimRow> rows = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + rowsOf(query) + ORDER + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = bind(select, query);
            select.setInt(++i, Math.max(first, 0));
            select.setInt(++i, Math.max(max, 0));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(row(result));
                }
            }
        }
        return rows;
    }

    void forEach(Query query, Consumer<ReclaimRow> action) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + rowsOf(query) + ORDER)) {
            bind(select, query);
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    action.accept(row(result));
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
     * {@code FROM …} the rows: the facts of the assignments with a reason ({@code f}), only then crossed
     * with the three kinds of reason, keeping those that apply. REASON_ORDER puts a user's rows of a
     * licence in the order of {@link ReclaimReason}.
     */
    private String rowsOf(Query query) throws SQLException {
        ReclaimReason only = query.filter().reason();
        String fannedOut = "SELECT f.*, r.REASON_ORDER,"
                + " CASE r.REASON_ORDER WHEN 1 THEN f.STATE_REASON"
                + " WHEN 2 THEN CASE WHEN f.GUEST = 1 THEN " + literal(ReclaimReason.GUEST.name()) + " END"
                + " ELSE CASE WHEN f.REDUNDANT = 1 THEN " + literal(ReclaimReason.REDUNDANT.name())
                + " END END AS REASON"
                + " FROM (" + facts(query, true) + ") f"
                + " CROSS JOIN (SELECT 1 AS REASON_ORDER UNION ALL SELECT 2 UNION ALL SELECT 3) r"
                + " WHERE" + (only == null ? ANY_REASON : " " + holds(only));
        return " FROM (" + fannedOut + ") y WHERE y.REASON IS NOT NULL"
                + (only == null ? "" : " AND y.REASON = " + literal(only.name()));
    }

    /**
     * Each listed assignment once with its facts: STATE_REASON (DISABLED, NEVER_SIGNED_IN, INACTIVE or
     * null), GUEST and REDUNDANT (1 or 0), and with {@code details} what a row shows.
     */
    private String facts(Query query, boolean details) throws SQLException {
        ReclaimFilter filter = query.filter();
        List<long[]> contained = containedPairs();
        return "SELECT a.CONTACT_ID, a.LICENCE_ID," + (details ? DETAILS : "")
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
     * the containments, one CASE branch per inner licence.
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
        return "SELECT a1.CONTACT_ID, a1.LICENCE_ID FROM M365_CONSUMER_ASSIGNMENT a1"
                + " JOIN M365_CONSUMER_ASSIGNMENT a2 ON a2.CONTACT_ID = a1.CONTACT_ID"
                + " WHERE a1.LICENCE_ID IN (" + inners + ") AND a2.LICENCE_ID IN (" + outers + ")"
                + " AND CASE" + containment + " ELSE 0 END = 1"
                + " GROUP BY a1.CONTACT_ID, a1.LICENCE_ID";
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

    private static ReclaimRow row(ResultSet result) throws SQLException {
        Timestamp lastActive = result.getTimestamp(11);
        Price price = price(result.getBigDecimal(14), result.getString(15), result.getString(16));
        return new ReclaimRow(
                result.getLong(1),
                result.getString(2),
                result.getString(3),
                result.getLong(4),
                result.getString(5),
                result.getLong(6),
                result.getString(7),
                result.getString(8),
                result.getString(9),
                ReclaimReason.valueOf(result.getString(10)),
                lastActive == null ? null : lastActive.toInstant(),
                AssignmentSource.valueOf(result.getString(12)),
                result.getString(13),
                price == null ? null : price.monthlyCost(1),
                price == null ? null : price.currency());
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

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
