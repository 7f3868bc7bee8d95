package dev.itam.m365.history.application;

import dev.itam.m365.history.domain.Periods;
import dev.itam.m365.history.domain.Snapshot;
import dev.itam.m365.history.domain.SnapshotGranularity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.logging.Logger;

/**
 * Thins the history as it ages, in one transaction: older than the daily limit, a day's snapshots
 * become its last; older than the monthly one, a month's; older than the retention, none. Each kept
 * one carries the highest consumption of those it replaced, so a month's peak survives its days.
 */
@ApplicationScoped
public class HistoryRollup {

    private static final Logger LOG = Logger.getLogger(HistoryRollup.class.getName());

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    HistorySettings settings;

    @Inject
    Clock clock;

    /**
     * @param beforeCommit hears the number of snapshots removed inside the transaction, so the task
     *                     records its outcome with the thinned history
     * @return the number of snapshots removed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int rollUp(IntConsumer beforeCommit) {
        Instant now = clock.instant();
        long start = System.nanoTime();
        HistoryStore store = new HistoryStore(em.unwrap(Connection.class));
        try {
            int removed = toDays(store, now.minus(settings.dailyAfter()))
                    + toMonths(store, now.minus(settings.monthlyAfter()))
                    + store.deleteBefore(now.minus(settings.retention()));
            LOG.info(() -> String.format(
                    "Rolled up the licences' history: %d snapshots removed in %d ms",
                    removed, (System.nanoTime() - start) / 1_000_000));
            beforeCommit.accept(removed);
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException("Rolling up the licences' history failed: " + e.getMessage(), e);
        }
    }

    /**
     * Only days with snapshots that just came of age are read: the day partly younger than the limit
     * is thinned again on a later run, together with what it kept so far.
     */
    private static int toDays(HistoryStore store, Instant before) throws SQLException {
        Optional<Instant> oldestRun = store.oldest(SnapshotGranularity.RUN, before);
        if (oldestRun.isEmpty()) {
            return 0;
        }
        List<Snapshot> days = store.takenBetween(
                EnumSet.of(SnapshotGranularity.RUN, SnapshotGranularity.DAY),
                oldestRun.get().truncatedTo(ChronoUnit.DAYS),
                before);
        return store.thin(days, Periods.lastOfEachDay(days));
    }

    private static int toMonths(HistoryStore store, Instant before) throws SQLException {
        Optional<Instant> oldestDay = store.oldest(SnapshotGranularity.DAY, before);
        if (oldestDay.isEmpty()) {
            return 0;
        }
        LocalDate month = LocalDate.ofInstant(oldestDay.get(), ZoneOffset.UTC).withDayOfMonth(1);
        List<Snapshot> months = store.takenBetween(
                EnumSet.of(SnapshotGranularity.DAY, SnapshotGranularity.MONTH),
                month.atStartOfDay(ZoneOffset.UTC).toInstant(),
                before);
        return store.thin(months, Periods.lastOfEachMonth(months));
    }
}
