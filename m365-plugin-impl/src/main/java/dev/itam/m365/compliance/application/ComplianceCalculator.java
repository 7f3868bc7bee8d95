package dev.itam.m365.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.IntConsumer;

/**
 * Recalculates every licence's compliance in two statements: consumers are counted per licence
 * with GROUP BY, compared with the owned (enabled) seats, and the results replace the previous
 * ones in one transaction. Nothing is loaded into the server.
 *
 * <p>Status: CANNOT_BE_SYNCHRONISED when the last import could not update the licence; otherwise
 * UNDER_LICENSED with more consumers than seats, OVER_LICENSED with fewer, COMPLIANT with as many.
 */
@ApplicationScoped
public class ComplianceCalculator {

    private static final String INSERT = "INSERT INTO M365_COMPLIANCE_RESULT"
            + " (LICENCE_ID, OWNED, CONSUMED, STATUS, SYNC_PROBLEM, CALCULATED_AT)"
            + " SELECT l.ID, l.ENABLED_UNITS, COALESCE(a.CONSUMERS, 0),"
            + " CASE WHEN l.SYNC_STATUS <> 'SYNCHRONISED' THEN 'CANNOT_BE_SYNCHRONISED'"
            + " WHEN COALESCE(a.CONSUMERS, 0) > l.ENABLED_UNITS THEN 'UNDER_LICENSED'"
            + " WHEN COALESCE(a.CONSUMERS, 0) < l.ENABLED_UNITS THEN 'OVER_LICENSED'"
            + " ELSE 'COMPLIANT' END,"
            + " l.SYNC_PROBLEM, ?1"
            + " FROM M365_LICENCE l LEFT JOIN (SELECT LICENCE_ID, COUNT(*) AS CONSUMERS"
            + " FROM M365_CONSUMER_ASSIGNMENT GROUP BY LICENCE_ID) a ON a.LICENCE_ID = l.ID";

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
        em.createNativeQuery("DELETE FROM M365_COMPLIANCE_RESULT").executeUpdate();
        int recalculated = em.createNativeQuery(INSERT).setParameter(1, Timestamp.from(clock.instant())).executeUpdate();
        beforeCommit.accept(recalculated);
        return recalculated;
    }
}
