package dev.itam.m365.changes.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.changes.Change;
import dev.itam.m365.api.changes.ChangeCounts;
import dev.itam.m365.api.changes.ChangeKind;
import dev.itam.m365.api.changes.ChangeService;
import dev.itam.m365.licensing.domain.LicenceEntity;
import dev.itam.m365.monitor.domain.TaskRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Records each run's changes in the transaction that applies them, given its connection, and reads
 * them back per run or per licence.
 */
@ApplicationScoped
@Transactional
public class ChangeLog implements ChangeService {

    private static final Logger LOG = Logger.getLogger(ChangeLog.class.getName());

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    /** What an import's merge is about to apply; call it before the merge writes contacts and assignments. */
    public void recordImport(Connection connection, long runId, long portalId, List<Long> licenceIds, boolean partial) {
        long start = System.nanoTime();
        try {
            int recorded = new ChangeStore(connection).recordImport(runId, portalId, licenceIds, partial);
            LOG.info(() -> String.format(
                    "Recorded %d changes of run %d in %d ms",
                    recorded, runId, (System.nanoTime() - start) / 1_000_000));
        } catch (SQLException e) {
            throw new IllegalStateException("Recording the import's changes failed: " + e.getMessage(), e);
        }
    }

    /** Changes found by comparing figures, e.g. a licence's seats with its last snapshot's. */
    public void record(Connection connection, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            new ChangeStore(connection).record(changes);
        } catch (SQLException e) {
            throw new IllegalStateException("Recording the licences' changes failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Change> changes(long runId, Long licenceId, int first, int max) {
        requireRun(runId);
        return read(store -> store.ofRun(runId, licenceId, first, max));
    }

    @Override
    public int changeCount(long runId, Long licenceId) {
        requireRun(runId);
        return read(store -> store.countOfRun(runId, licenceId));
    }

    @Override
    public ChangeCounts counts(long runId) {
        return new ChangeCounts(read(store -> store.countsOfRun(runId)));
    }

    /** One query for the runs of a monitor page. */
    @Override
    public Map<Long, ChangeCounts> counts(Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<ChangeKind, Integer>> found = read(store -> store.countsOfRuns(runIds));
        Map<Long, ChangeCounts> counts = new HashMap<>();
        runIds.forEach(id -> counts.put(id, new ChangeCounts(found.getOrDefault(id, Map.of()))));
        return counts;
    }

    @Override
    public List<Change> recentChanges(long licenceId, int max) {
        if (em.find(LicenceEntity.class, licenceId) == null) {
            throw new NotFoundException("There is no licence with id " + licenceId + ".");
        }
        return read(store -> store.ofLicence(licenceId, max));
    }

    private void requireRun(long runId) {
        if (em.find(TaskRun.class, runId) == null) {
            throw new NotFoundException("There is no task run with id " + runId + ".");
        }
    }

    private <T> T read(StoreRead<T> read) {
        try {
            return read.from(new ChangeStore(em.unwrap(Connection.class)));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the change log failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface StoreRead<T> {
        T from(ChangeStore store) throws SQLException;
    }
}
