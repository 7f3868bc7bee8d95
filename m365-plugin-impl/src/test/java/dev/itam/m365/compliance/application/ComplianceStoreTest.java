package dev.itam.m365.compliance.application;

import static dev.itam.m365.persistence.TestDatabase.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.assignment.AssignmentError;
import dev.itam.m365.api.assignment.AssignmentState;
import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.compliance.Seats;
import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.licensing.ConsumerType;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The compliance rule on each supported database, on a schema built by the plugin's own migrations:
 * the SQL is the same text everywhere, but each database types and compares it its own way. Users
 * waiting for a seat (a CountViolation they do not hold the licence despite) count as demand.
 */
class ComplianceStoreTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:15:30Z");
    private static final long PORTAL = 1;
    private static final long LICENCE = 10;
    private static final String UNIT_DATABASE = "m365_unit";

    private static final TestDatabase.Migrated DATABASES = new TestDatabase.Migrated(UNIT_DATABASE);

    @AfterAll
    static void dropDatabases() throws SQLException {
        DATABASES.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void asManyConsumersAsSeatsIsCompliantAndReplacesTheLastResult(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 2, SyncStatus.SYNCHRONISED, null);
            consumers(connection, 2);
            update(
                    connection,
                    "INSERT INTO M365_COMPLIANCE_RESULT (LICENCE_ID, OWNED, CONSUMED, STATUS, CALCULATED_AT)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    LICENCE,
                    2,
                    3,
                    ComplianceStatus.UNDER_LICENSED.name(),
                    Timestamp.from(NOW.minusSeconds(3600)));

            assertThat(new ComplianceStore(connection).recalculate(NOW)).isEqualTo(1);

            assertThat(result(connection)).isEqualTo(new Result(2, 2, ComplianceStatus.COMPLIANT, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void moreConsumersThanSeatsIsUnderLicensed(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 1, SyncStatus.SYNCHRONISED, null);
            consumers(connection, 3);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(1, 3, ComplianceStatus.UNDER_LICENSED, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void fewerConsumersThanSeatsIsOverLicensed(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 5, SyncStatus.SYNCHRONISED, null);
            consumers(connection, 2);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(5, 2, ComplianceStatus.OVER_LICENSED, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLicenceNobodyConsumesCountsNoConsumers(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 4, SyncStatus.SYNCHRONISED, null);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(4, 0, ComplianceStatus.OVER_LICENSED, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnsynchronisedLicenceCannotBeSynchronisedWhateverItsConsumers(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 1, SyncStatus.CANNOT_BE_SYNCHRONISED, SyncProblem.SKU_REMOVED_FROM_TENANT);
            consumers(connection, 3);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection))
                    .isEqualTo(new Result(
                            1, 3, ComplianceStatus.CANNOT_BE_SYNCHRONISED, SyncProblem.SKU_REMOVED_FROM_TENANT, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void warningSeatsInTheirGracePeriodAreOwned(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, new Seats(0, 100, 0, 0), "Warning", "User");
            consumers(connection, 90);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(100, 90, ComplianceStatus.OVER_LICENSED, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSuspendedSkuUsersStillHoldIsInactiveNotUnderLicensed(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, new Seats(0, 0, 20, 0), "Suspended", "User");
            consumers(connection, 3);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection))
                    .isEqualTo(new Result(0, 3, ComplianceStatus.SUBSCRIPTION_INACTIVE, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLockedOutSkuUsersStillHoldIsInactive(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, new Seats(0, 0, 0, 7), "LockedOut", "User");
            consumers(connection, 1);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection))
                    .isEqualTo(new Result(0, 1, ComplianceStatus.SUBSCRIPTION_INACTIVE, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEnabledSkuWithoutSeatsThatUsersHoldIsUnderLicensed(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, new Seats(0, 0, 0, 0), "Enabled", "User");
            consumers(connection, 2);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(0, 2, ComplianceStatus.UNDER_LICENSED, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCompanySkuIsTenantWideWhileASubscriptionIsActive(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, new Seats(1, 0, 0, 0), "Enabled", "Company");

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(1, 0, ComplianceStatus.TENANT_WIDE, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSuspendedCompanySkuIsInactive(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, new Seats(0, 0, 1, 0), "Suspended", "Company");

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection))
                    .isEqualTo(new Result(0, 0, ComplianceStatus.SUBSCRIPTION_INACTIVE, null, NOW));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void usersWaitingForASeatCountOnceAndMakeAFullLicenceUnderLicensed(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 2, SyncStatus.SYNCHRONISED, null);
            consumers(connection, 2);
            contact(connection, 200);
            contact(connection, 201);
            failed(connection, 200, GROUP_1, AssignmentState.ERROR, AssignmentError.COUNT_VIOLATION);
            failed(connection, 200, GROUP_2, AssignmentState.ERROR, AssignmentError.COUNT_VIOLATION);
            failed(connection, 201, null, AssignmentState.ERROR, AssignmentError.DEPENDENCY_VIOLATION);
            failed(connection, 100, GROUP_1, AssignmentState.ERROR, AssignmentError.COUNT_VIOLATION);
            failed(connection, 101, null, AssignmentState.ACTIVE_WITH_ERROR, AssignmentError.COUNT_VIOLATION);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(2, 2, ComplianceStatus.UNDER_LICENSED, null, NOW));
            assertThat(waiting(connection))
                    .as("one user waits; the others hold the licence or failed for another reason")
                    .isEqualTo(1);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void usersWaitingForAsManySeatsAsAreFreeAreCompliant(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 3, SyncStatus.SYNCHRONISED, null);
            consumers(connection, 2);
            contact(connection, 200);
            failed(connection, 200, GROUP_1, AssignmentState.ERROR, AssignmentError.COUNT_VIOLATION);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(3, 2, ComplianceStatus.COMPLIANT, null, NOW));
            assertThat(waiting(connection)).isEqualTo(1);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nobodyWaitsWithoutACountViolation(TestDatabase database) throws SQLException {
        rolledBack(database, connection -> {
            licence(connection, 3, SyncStatus.SYNCHRONISED, null);
            consumers(connection, 3);

            new ComplianceStore(connection).recalculate(NOW);

            assertThat(result(connection)).isEqualTo(new Result(3, 3, ComplianceStatus.COMPLIANT, null, NOW));
            assertThat(waiting(connection)).isZero();
        });
    }

    private static final String GROUP_1 = "0f0f0f0f-0000-0000-0000-000000000001";
    private static final String GROUP_2 = "0f0f0f0f-0000-0000-0000-000000000002";

    private static void contact(Connection connection, long contact) throws SQLException {
        update(
                connection,
                "INSERT INTO M365_CONTACT (ID, VERSION, ENTRA_OBJECT_ID, PORTAL_ID, ACCOUNT_ENABLED,"
                        + " SYNC_STATUS) VALUES (?, 1, ?, ?, ?, ?)",
                contact,
                "object-" + contact,
                PORTAL,
                true,
                SyncStatus.SYNCHRONISED.name());
    }

    private static void failed(
            Connection connection, long contact, String group, AssignmentState state, AssignmentError error)
            throws SQLException {
        update(
                connection,
                "INSERT INTO M365_ASSIGNMENT_ERROR (LICENCE_ID, CONTACT_ID, GROUP_ID, STATE, ERROR) VALUES (?, ?, ?, ?, ?)",
                LICENCE,
                contact,
                group,
                state.name(),
                error.name());
    }

    private static int waiting(Connection connection) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT WAITING FROM M365_COMPLIANCE_RESULT WHERE LICENCE_ID = ?")) {
            query.setLong(1, LICENCE);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getInt(1);
            }
        }
    }

    private record Result(
            int owned, int consumed, ComplianceStatus status, SyncProblem problem, Instant calculatedAt) {}

    private interface Work {
        void on(Connection connection) throws SQLException;
    }

    /** Rolls the work back, so every test starts from empty tables. */
    private static void rolledBack(TestDatabase database, Work work) throws SQLException {
        try (Connection connection = DATABASES.of(database).getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.on(connection);
            } finally {
                connection.rollback();
            }
        }
    }

    private static void licence(Connection connection, int enabledUnits, SyncStatus status, SyncProblem problem)
            throws SQLException {
        licence(connection, new Seats(enabledUnits, 0, 0, 0), "Enabled", "User", status, problem);
    }

    /** A synchronised licence with its seats, capability status and whom it applies to. */
    private static void licence(Connection connection, Seats seats, String capabilityStatus, String appliesTo)
            throws SQLException {
        licence(connection, seats, capabilityStatus, appliesTo, SyncStatus.SYNCHRONISED, null);
    }

    private static void licence(
            Connection connection,
            Seats seats,
            String capabilityStatus,
            String appliesTo,
            SyncStatus status,
            SyncProblem problem)
            throws SQLException {
        Timestamp now = Timestamp.from(NOW);
        update(
                connection,
                "INSERT INTO M365_PORTAL (ID, VERSION, NAME, NAME_KEY, TENANT_ID, CLIENT_ID, CLOUD, AUTH_TYPE,"
                        + " CREATED_AT, UPDATED_AT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
                PORTAL,
                "Contoso",
                "contoso",
                "11111111-1111-1111-1111-111111111111",
                "22222222-2222-2222-2222-222222222222",
                NationalCloud.GLOBAL.name(),
                AuthenticationType.CLIENT_SECRET.name(),
                now,
                now);
        update(
                connection,
                "INSERT INTO M365_LICENCE (ID, VERSION, PORTAL_ID, SOURCE_NAME, SKU_ID, SKU_PART_NUMBER, TITLE,"
                        + " ENABLED_UNITS, SUSPENDED_UNITS, WARNING_UNITS, LOCKED_OUT_UNITS, CONSUMED_UNITS,"
                        + " CAPABILITY_STATUS, APPLIES_TO, SYNC_STATUS, SYNC_PROBLEM)"
                        + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                LICENCE,
                PORTAL,
                "Contoso",
                "33333333-3333-3333-3333-333333333333",
                "ENTERPRISEPACK",
                "Office 365 E3",
                seats.enabled(),
                seats.suspended(),
                seats.warning(),
                seats.lockedOut(),
                0,
                capabilityStatus,
                appliesTo,
                status.name(),
                problem == null ? null : problem.name());
    }

    private static void consumers(Connection connection, int count) throws SQLException {
        for (long contact = 100; contact < 100 + count; contact++) {
            contact(connection, contact);
            update(
                    connection,
                    "INSERT INTO M365_CONSUMER_ASSIGNMENT (CONTACT_ID, LICENCE_ID, CONSUMER_TYPE, ASSIGNED_VIA)"
                            + " VALUES (?, ?, ?, ?)",
                    contact,
                    LICENCE,
                    ConsumerType.MICROSOFT_365.name(),
                    AssignmentSource.DIRECT.name());
        }
    }

    private static Result result(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT OWNED, CONSUMED, STATUS, SYNC_PROBLEM,"
                + " CALCULATED_AT FROM M365_COMPLIANCE_RESULT WHERE LICENCE_ID = ?")) {
            query.setLong(1, LICENCE);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a result for the licence").isTrue();
                String problem = row.getString(4);
                Result result = new Result(
                        row.getInt(1),
                        row.getInt(2),
                        ComplianceStatus.valueOf(row.getString(3)),
                        problem == null ? null : SyncProblem.valueOf(problem),
                        row.getTimestamp(5).toInstant());
                assertThat(row.next()).as("one result for the licence").isFalse();
                return result;
            }
        }
    }
}
