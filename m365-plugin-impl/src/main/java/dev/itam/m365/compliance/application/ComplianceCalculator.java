package dev.itam.m365.compliance.application;

import dev.itam.m365.persistence.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;

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
            + " l.SYNC_PROBLEM, ?"
            + " FROM M365_LICENCE l LEFT JOIN (SELECT LICENCE_ID, COUNT(*) AS CONSUMERS"
            + " FROM M365_CONSUMER_ASSIGNMENT GROUP BY LICENCE_ID) a ON a.LICENCE_ID = l.ID";

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** @return the number of licences recalculated */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recalculate() {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement clear = connection.createStatement()) {
                clear.executeUpdate("DELETE FROM M365_COMPLIANCE_RESULT");
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setTimestamp(1, Timestamp.from(clock.instant()));
                return insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recalculating compliance failed: " + e.getMessage(), e);
        }
    }
}
