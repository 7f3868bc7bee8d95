package dev.itam.m365.compliance.application;

import dev.itam.m365.api.assignment.AssignmentError;
import dev.itam.m365.api.assignment.AssignmentState;
import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.licensing.SyncStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Recalculates every licence's compliance in two statements: consumers are counted per licence
 * with GROUP BY, compared with the owned seats, and the results replace the previous ones. Nothing
 * is loaded into the server. Plain JDBC on a connection handed in, so the caller decides the
 * transaction and the rule can be tested on each database without a container.
 *
 * <p>Owned are the usable seats, enabled plus warning (a subscription in its grace period still
 * serves its users). Status, first rule that applies: CANNOT_BE_SYNCHRONISED when the last import
 * could not update the licence; SUBSCRIPTION_INACTIVE when no seat is usable, the SKU is neither
 * Enabled nor Warning, and users hold it (or it serves the company); TENANT_WIDE for a SKU that
 * applies to the company; then UNDER_LICENSED when consumers and waiting users together outnumber
 * the seats, OVER_LICENSED when they are fewer, COMPLIANT when as many.
 *
 * <p>Waiting are the users whose assignment failed for lack of a seat (state Error, CountViolation)
 * and who do not hold the licence otherwise: demand the seat count does not show, counted once per
 * user however many of their groups failed.
 */
final class ComplianceStore {

    private static final String OWNED = "(l.ENABLED_UNITS + l.WARNING_UNITS)";
    private static final String CONSUMERS = "COALESCE(a.CONSUMERS, 0)";
    private static final String WAITING = "COALESCE(w.WAITING, 0)";
    private static final String DEMAND = "(" + CONSUMERS + " + " + WAITING + ")";
    private static final String COMPANY = "UPPER(COALESCE(l.APPLIES_TO, '')) = 'COMPANY'";
    private static final String INSERT = "INSERT INTO M365_COMPLIANCE_RESULT"
            + " (LICENCE_ID, OWNED, CONSUMED, WAITING, STATUS, SYNC_PROBLEM, CALCULATED_AT)"
            + " SELECT l.ID, " + OWNED + ", " + CONSUMERS + ", " + WAITING + ","
            + " CASE WHEN l.SYNC_STATUS <> ? THEN ?"
            + " WHEN " + OWNED + " = 0 AND UPPER(COALESCE(l.CAPABILITY_STATUS, '')) NOT IN ('ENABLED', 'WARNING')"
            + " AND (" + CONSUMERS + " > 0 OR " + COMPANY + ") THEN ?"
            + " WHEN " + COMPANY + " THEN ?"
            + " WHEN " + DEMAND + " > " + OWNED + " THEN ?"
            + " WHEN " + DEMAND + " < " + OWNED + " THEN ?"
            + " ELSE ? END,"
            + " l.SYNC_PROBLEM, ?"
            + " FROM M365_LICENCE l LEFT JOIN (SELECT LICENCE_ID, COUNT(*) AS CONSUMERS"
            + " FROM M365_CONSUMER_ASSIGNMENT GROUP BY LICENCE_ID) a ON a.LICENCE_ID = l.ID"
            + " LEFT JOIN (SELECT e.LICENCE_ID, COUNT(DISTINCT e.CONTACT_ID) AS WAITING FROM M365_ASSIGNMENT_ERROR e"
            + " WHERE e.STATE = ? AND e.ERROR = ? AND NOT EXISTS (SELECT 1 FROM M365_CONSUMER_ASSIGNMENT h"
            + " WHERE h.CONTACT_ID = e.CONTACT_ID AND h.LICENCE_ID = e.LICENCE_ID)"
            + " GROUP BY e.LICENCE_ID) w ON w.LICENCE_ID = l.ID";

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
            insert.setString(3, ComplianceStatus.SUBSCRIPTION_INACTIVE.name());
            insert.setString(4, ComplianceStatus.TENANT_WIDE.name());
            insert.setString(5, ComplianceStatus.UNDER_LICENSED.name());
            insert.setString(6, ComplianceStatus.OVER_LICENSED.name());
            insert.setString(7, ComplianceStatus.COMPLIANT.name());
            insert.setTimestamp(8, Timestamp.from(calculatedAt));
            insert.setString(9, AssignmentState.ERROR.name());
            insert.setString(10, AssignmentError.COUNT_VIOLATION.name());
            return insert.executeUpdate();
        }
    }
}
