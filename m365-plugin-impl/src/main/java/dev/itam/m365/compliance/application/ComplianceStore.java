package dev.itam.m365.compliance.application;

import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.licensing.SyncStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Recalculates every licence's compliance in two statements: consumers are counted per licence
 * with GROUP BY, compared with the owned (enabled) seats, and the results replace the previous
 * ones. Nothing is loaded into the server. Plain JDBC on a connection handed in, so the caller
 * decides the transaction and the rule can be tested on each database without a container.
 *
 * <p>Status: CANNOT_BE_SYNCHRONISED when the last import could not update the licence; otherwise
 * UNDER_LICENSED with more consumers than seats, OVER_LICENSED with fewer, COMPLIANT with as many.
 */
final class ComplianceStore {

    private static final String INSERT = "INSERT INTO M365_COMPLIANCE_RESULT"
            + " (LICENCE_ID, OWNED, CONSUMED, STATUS, SYNC_PROBLEM, CALCULATED_AT)"
            + " SELECT l.ID, l.ENABLED_UNITS, COALESCE(a.CONSUMERS, 0),"
            + " CASE WHEN l.SYNC_STATUS <> ? THEN ?"
            + " WHEN COALESCE(a.CONSUMERS, 0) > l.ENABLED_UNITS THEN ?"
            + " WHEN COALESCE(a.CONSUMERS, 0) < l.ENABLED_UNITS THEN ?"
            + " ELSE ? END,"
            + " l.SYNC_PROBLEM, ?"
            + " FROM M365_LICENCE l LEFT JOIN (SELECT LICENCE_ID, COUNT(*) AS CONSUMERS"
            + " FROM M365_CONSUMER_ASSIGNMENT GROUP BY LICENCE_ID) a ON a.LICENCE_ID = l.ID";

    private final Connection connection;

    ComplianceStore(Connection connection) {
        this.connection = connection;
    }

    /** @return the number of licences recalculated */
    int recalculate(Instant calculatedAt) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM M365_COMPLIANCE_RESULT")) {
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, SyncStatus.SYNCHRONISED.name());
            insert.setString(2, ComplianceStatus.CANNOT_BE_SYNCHRONISED.name());
            insert.setString(3, ComplianceStatus.UNDER_LICENSED.name());
            insert.setString(4, ComplianceStatus.OVER_LICENSED.name());
            insert.setString(5, ComplianceStatus.COMPLIANT.name());
            insert.setTimestamp(6, Timestamp.from(calculatedAt));
            return insert.executeUpdate();
        }
    }
}
