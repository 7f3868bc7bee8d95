package dev.itam.m365.history.application;

import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.changes.application.ChangeLog;
import dev.itam.m365.compliance.application.ComplianceRecalculated;
import dev.itam.m365.history.domain.LicenceChanges;
import dev.itam.m365.history.domain.Snapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * After every recalculation, in its transaction: one snapshot per licence (dozens of rows, however
 * many users), and the licences whose seats or lifecycle changed since their last snapshot into the
 * run's change log. {@link HistoryRollup} thins them as they age.
 */
@ApplicationScoped
public class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    ComplianceService compliance;

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
            LOG.info(() -> String.format(
                    "Kept the history of %d licences in %d ms", now.size(), (System.nanoTime() - start) / 1_000_000));
        } catch (SQLException e) {
            throw new IllegalStateException("Keeping the licences' history failed: " + e.getMessage(), e);
        }
    }
}
