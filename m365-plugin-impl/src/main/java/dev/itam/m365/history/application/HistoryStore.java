package dev.itam.m365.history.application;

import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.compliance.LicenceCosts;
import dev.itam.m365.api.lifecycle.Lifecycle;
import dev.itam.m365.history.domain.Snapshot;
import dev.itam.m365.history.domain.SnapshotGranularity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The history's SQL, in plain JDBC on a connection handed in, so that the caller decides the
 * transaction: a snapshot commits with the recalculation it records.
 */
final class HistoryStore {

    private static final String COLUMNS = "LICENCE_ID, PORTAL_ID, TAKEN_AT, GRANULARITY, OWNED, CONSUMED,"
            + " PEAK_CONSUMED, AVAILABLE, WAITING, RECLAIMABLE, STATUS, LIFECYCLE, COST_CURRENCY, OWNED_COST,"
            + " UNUSED_COST, RECLAIMABLE_COST";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM M365_LICENCE_HISTORY";

    private final Connection connection;

    HistoryStore(Connection connection) {
        this.connection = connection;
    }

    void insert(List<Snapshot> snapshots) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO M365_LICENCE_HISTORY (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Snapshot s : snapshots) {
                insert.setLong(1, s.licenceId());
                if (s.portalId() == null) {
                    insert.setNull(2, Types.BIGINT);
                } else {
                    insert.setLong(2, s.portalId());
                }
                insert.setTimestamp(3, Timestamp.from(s.takenAt()));
                insert.setString(4, s.granularity().name());
                insert.setInt(5, s.owned());
                insert.setInt(6, s.consumed());
                insert.setInt(7, s.peakConsumed());
                insert.setInt(8, s.available());
                insert.setInt(9, s.waiting());
                insert.setInt(10, s.reclaimable());
                insert.setString(11, s.status().name());
                insert.setString(
                        12, s.lifecycle() == null ? null : s.lifecycle().name());
                LicenceCosts costs = s.monthlyCosts();
                insert.setString(13, costs == null ? null : costs.currency());
                insert.setBigDecimal(14, costs == null ? null : costs.owned());
                insert.setBigDecimal(15, costs == null ? null : costs.unused());
                insert.setBigDecimal(16, costs == null ? null : costs.reclaimable());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Each licence's latest snapshot. */
    List<Snapshot> latest() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " h WHERE h.TAKEN_AT = (SELECT"
                + " MAX(x.TAKEN_AT) FROM M365_LICENCE_HISTORY x WHERE x.LICENCE_ID = h.LICENCE_ID)")) {
            return read(select);
        }
    }

    /** A licence's snapshots taken from {@code from} (inclusive) until {@code to} (exclusive), oldest first. */
    List<Snapshot> ofLicence(long licenceId, Instant from, Instant to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                SELECT + " WHERE LICENCE_ID = ? AND TAKEN_AT >= ? AND TAKEN_AT < ? ORDER BY TAKEN_AT")) {
            select.setLong(1, licenceId);
            select.setTimestamp(2, Timestamp.from(from));
            select.setTimestamp(3, Timestamp.from(to));
            return read(select);
        }
    }

    /** The snapshots of a portal's licences, by licence, oldest first. */
    List<Snapshot> ofPortal(long portalId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement(SELECT + " WHERE PORTAL_ID = ? ORDER BY LICENCE_ID, TAKEN_AT")) {
            select.setLong(1, portalId);
            return read(select);
        }
    }

    /** When the oldest snapshot of the granularity taken before {@code before} was taken, if any. */
    Optional<Instant> oldest(SnapshotGranularity granularity, Instant before) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MIN(TAKEN_AT) FROM M365_LICENCE_HISTORY WHERE GRANULARITY = ? AND TAKEN_AT < ?")) {
            select.setString(1, granularity.name());
            select.setTimestamp(2, Timestamp.from(before));
            try (ResultSet rows = select.executeQuery()) {
                Timestamp oldest = rows.next() ? rows.getTimestamp(1) : null;
                return Optional.ofNullable(oldest).map(Timestamp::toInstant);
            }
        }
    }

    /** Snapshots of the given granularities taken from {@code from} until {@code before}, by licence, oldest first. */
    List<Snapshot> takenBetween(Collection<SnapshotGranularity> granularities, Instant from, Instant before)
            throws SQLException {
        String kinds = granularities.stream().map(g -> "'" + g.name() + "'").collect(Collectors.joining(", "));
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE GRANULARITY IN (" + kinds
                + ") AND TAKEN_AT >= ? AND TAKEN_AT < ? ORDER BY LICENCE_ID, TAKEN_AT")) {
            select.setTimestamp(1, Timestamp.from(from));
            select.setTimestamp(2, Timestamp.from(before));
            return read(select);
        }
    }

    /**
     * Keeps each of {@code kept} as what it now stands for and removes the rest of {@code group}.
     *
     * @return the number of snapshots removed
     */
    int thin(List<Snapshot> group, List<Snapshot> kept) throws SQLException {
        Set<List<Object>> keptKeys = kept.stream()
                .map(s -> List.<Object>of(s.licenceId(), s.takenAt()))
                .collect(Collectors.toSet());
        int removed = 0;
        try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM M365_LICENCE_HISTORY WHERE LICENCE_ID = ? AND TAKEN_AT = ?");
                PreparedStatement update =
                        connection.prepareStatement("UPDATE M365_LICENCE_HISTORY SET GRANULARITY = ?,"
                                + " PEAK_CONSUMED = ? WHERE LICENCE_ID = ? AND TAKEN_AT = ?")) {
            for (Snapshot s : group) {
                if (!keptKeys.contains(List.<Object>of(s.licenceId(), s.takenAt()))) {
                    delete.setLong(1, s.licenceId());
                    delete.setTimestamp(2, Timestamp.from(s.takenAt()));
                    delete.addBatch();
                    removed++;
                }
            }
            for (Snapshot s : kept) {
                update.setString(1, s.granularity().name());
                update.setInt(2, s.peakConsumed());
                update.setLong(3, s.licenceId());
                update.setTimestamp(4, Timestamp.from(s.takenAt()));
                update.addBatch();
            }
            delete.executeBatch();
            update.executeBatch();
        }
        return removed;
    }

    int deleteBefore(Instant before) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM M365_LICENCE_HISTORY WHERE TAKEN_AT < ?")) {
            delete.setTimestamp(1, Timestamp.from(before));
            return delete.executeUpdate();
        }
    }

    /** Amounts back in the currency's decimals, as the live figures give them (none for a built-in price 0). */
    private static LicenceCosts costs(String currency, BigDecimal owned, BigDecimal unused, BigDecimal reclaimable) {
        int decimals = currency == null ? 0 : Currency.getInstance(currency).getDefaultFractionDigits();
        return new LicenceCosts(
                currency,
                owned.setScale(decimals, RoundingMode.HALF_UP),
                unused.setScale(decimals, RoundingMode.HALF_UP),
                reclaimable.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static List<Snapshot> read(PreparedStatement select) throws SQLException {
        List<Snapshot> snapshots = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long portal = rows.getLong(2);
                Long portalId = rows.wasNull() ? null : portal;
                String lifecycle = rows.getString(12);
                BigDecimal owned = rows.getBigDecimal(14);
                snapshots.add(new Snapshot(
                        rows.getLong(1),
                        portalId,
                        rows.getTimestamp(3).toInstant(),
                        SnapshotGranularity.valueOf(rows.getString(4)),
                        rows.getInt(5),
                        rows.getInt(6),
                        rows.getInt(7),
                        rows.getInt(8),
                        rows.getInt(9),
                        rows.getInt(10),
                        ComplianceStatus.valueOf(rows.getString(11)),
                        lifecycle == null ? null : Lifecycle.valueOf(lifecycle),
                        owned == null
                                ? null
                                : costs(rows.getString(13), owned, rows.getBigDecimal(15), rows.getBigDecimal(16))));
            }
        }
        return snapshots;
    }
}
