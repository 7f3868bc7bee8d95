package dev.itam.m365.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.IntConsumer;

/**
 * Recalculates every licence's compliance in one transaction of its own, with {@link ComplianceStore}
 * on the persistence unit's own connection, so that what the caller writes through the entity manager,
 * and what observers of {@link ComplianceRecalculated} write, commits with the results.
 */
@ApplicationScoped
public class ComplianceCalculator {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ComplianceRecalculated> recalculated;

    /**
     * @param runId        the run that recalculates, whose change log gets the licences' changes
     * @param beforeCommit hears the number of licences recalculated inside the transaction, so the
     *                     task can record its outcome with the results
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recalculate(long runId, IntConsumer beforeCommit) {
        int count;
        Instant now = clock.instant();
        try {
            count = new ComplianceStore(em.unwrap(Connection.class)).recalculate(now);
        } catch (SQLException e) {
            throw new IllegalStateException("Recalculating compliance failed: " + e.getMessage(), e);
        }
        recalculated.fire(new ComplianceRecalculated(runId, now));
        beforeCommit.accept(count);
        return count;
    }
}
