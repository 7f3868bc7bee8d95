package dev.itam.m365.history.application;

import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.changes.application.ChangeLog;
import dev.itam.m365.compliance.application.ComplianceRecalculated;
import dev.itam.m365.history.domain.LicenceChanges;
import dev.itam.m365.history.domain.Periods;
import dev.itam.m365.history.domain.Snapshot;
import dev.itam.m365.history.domain.SnapshotGranularity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * After every recalculation, in its transaction: one snapshot per licence (dozens of rows, however
 * many users), the licences whose seats or lifecycle changed since their last snapshot into the run's
 * change log, then the history thinned as it ages, so it stays small without a task of its own.
 */
@ApplicationScoped
public class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    ComplianceService compliance;

    @Inject
    HistorySettings settings;

    @Inject
    ChangeLog changes;

    void take(@Observes ComplianceRecalculated recalculated) {
        Instant at = recalculated.calculatedAt().truncatedTo(ChronoUnit.MICROS);
        long start = System.nanoTime();
        Connection connection = em.unwrap(Connection.class);
        HistoryStore store = new HistoryStore(connection);
        try {
            Map<Long, Snapshot> before = new HashMap<>();
            store.latest().forEach(snapshot -> before.put(snapshot.licenceId(), snapshot));
            List<Snapshot> now = compliance.licences().stream()
                    .map(licence -> Snapshot.of(licence, at))
                    .toList();
            store.insert(now);
            changes.record(connection, LicenceChanges.between(recalculated.runId(), before, now));
            thin(store, at);
            LOG.info(() -> String.format(
                    "Kept the history of %d licences in %d ms", now.size(), (System.nanoTime() - start) / 1_000_000));
        } catch (SQLException e) {
            throw new IllegalStateException("Keeping the licences' history failed: " + e.getMessage(), e);
        }
    }

    /**
     * Older than the daily limit, a day's snapshots become its last; older than the monthly one, a
     * month's; older than the retention, none. Each kept one carries the highest consumption of those
     * it replaced. Only periods with snapshots that just came of age are read: a period partly younger
     * than its limit is thinned again later, together with what it kept so far.
     */
    void thin(HistoryStore store, Instant now) throws SQLException {
        Instant dailyBefore = now.minus(settings.dailyAfter());
        Optional<Instant> oldestRun = store.oldest(SnapshotGranularity.RUN, dailyBefore);
        if (oldestRun.isPresent()) {
            List<Snapshot> days = store.takenBetween(
                    EnumSet.of(SnapshotGranularity.RUN, SnapshotGranularity.DAY),
                    oldestRun.get().truncatedTo(ChronoUnit.DAYS),
                    dailyBefore);
            store.thin(days, Periods.lastOfEachDay(days));
        }
        Instant monthlyBefore = now.minus(settings.monthlyAfter());
        Optional<Instant> oldestDay = store.oldest(SnapshotGranularity.DAY, monthlyBefore);
        if (oldestDay.isPresent()) {
            LocalDate month =
                    LocalDate.ofInstant(oldestDay.get(), ZoneOffset.UTC).withDayOfMonth(1);
            List<Snapshot> months = store.takenBetween(
                    EnumSet.of(SnapshotGranularity.DAY, SnapshotGranularity.MONTH),
                    month.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    monthlyBefore);
            store.thin(months, Periods.lastOfEachMonth(months));
        }
        store.deleteBefore(now.minus(settings.retention()));
    }
}
