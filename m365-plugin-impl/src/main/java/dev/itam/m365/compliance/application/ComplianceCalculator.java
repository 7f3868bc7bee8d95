package dev.itam.m365.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.IntConsumer;

/**
 * Recalculates every licence's compliance in one transaction of its own, with {@link ComplianceStore}
 * on the persistence unit's own connection, so that what the caller writes through the entity manager
 * commits with the results.
 */
@ApplicationScoped
public class ComplianceCalculator {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param beforeCommit hears the number of licences recalculated inside the transaction, so the
     *                     task can record its outcome with the results
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recalculate(IntConsumer beforeCommit) {
        int recalculated;
        try {
            recalculated = new ComplianceStore(em.unwrap(Connection.class)).recalculate(clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("Recalculating compliance failed: " + e.getMessage(), e);
        }
        beforeCommit.accept(recalculated);
        return recalculated;
    }
}
