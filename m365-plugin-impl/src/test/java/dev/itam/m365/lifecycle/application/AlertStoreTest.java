package dev.itam.m365.lifecycle.application;

import static dev.itam.m365.persistence.TestDatabase.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.lifecycle.LifecycleChange;
import dev.itam.m365.api.lifecycle.LifecycleEvent;
import dev.itam.m365.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Alerts are given once per licence, subscription, event and date, on each supported database. */
class AlertStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:15:30Z");
    private static final long LICENCE = 10;
    private static final long OTHER_LICENCE = 11;
    private static final TestDatabase.Migrated DATABASES = new TestDatabase.Migrated("m365_unit_alerts");

    @AfterAll
    static void dropDatabases() throws SQLException {
        DATABASES.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChangeIsAlertedOnceAndANewDateOrEventOrLicenceIsAlertedAgain(TestDatabase database) throws SQLException {
        try (Connection connection = DATABASES.of(database).getConnection()) {
            connection.setAutoCommit(false);
            try {
                licences(connection);
                LifecycleChange renewal =
                        change(LICENCE, "sub-1", LifecycleEvent.RENEWAL, NOW.plus(Duration.ofDays(25)));
                LifecycleChange trialEnd =
                        change(LICENCE, "sub-2", LifecycleEvent.TRIAL_END, NOW.plus(Duration.ofDays(15)));
                AlertStore store = new AlertStore(connection);

                assertThat(store.recordNew(List.of(renewal, trialEnd), NOW)).containsExactly(renewal, trialEnd);
                assertThat(store.recordNew(List.of(renewal, trialEnd), NOW.plusSeconds(3600)))
                        .isEmpty();

                LifecycleChange nextTerm =
                        change(LICENCE, "sub-1", LifecycleEvent.RENEWAL, NOW.plus(Duration.ofDays(390)));
                LifecycleChange expired = change(LICENCE, "sub-1", LifecycleEvent.GRACE_PERIOD_END, renewal.at());
                LifecycleChange sameTenantAgain = change(OTHER_LICENCE, "sub-1", LifecycleEvent.RENEWAL, renewal.at());
                assertThat(store.recordNew(List.of(renewal, nextTerm, expired, sameTenantAgain), NOW))
                        .containsExactly(nextTerm, expired, sameTenantAgain);
            } finally {
                connection.rollback();
            }
        }
    }

    private static LifecycleChange change(long licenceId, String subscriptionId, LifecycleEvent event, Instant at) {
        return new LifecycleChange(licenceId, 1L, "ENTERPRISEPACK", "Office 365 E3", subscriptionId, event, at, 5);
    }

    private static void licences(Connection connection) throws SQLException {
        Timestamp now = Timestamp.from(NOW);
        update(
                connection,
                "INSERT INTO M365_PORTAL (ID, VERSION, NAME, NAME_KEY, TENANT_ID, CLIENT_ID, CLOUD, AUTH_TYPE,"
                        + " CREATED_AT, UPDATED_AT) VALUES (1, 1, 'Contoso', 'contoso',"
                        + " '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',"
                        + " 'GLOBAL', 'CLIENT_SECRET', ?, ?)",
                now,
                now);
        for (long id : new long[] {LICENCE, OTHER_LICENCE}) {
            update(
                    connection,
                    "INSERT INTO M365_LICENCE (ID, VERSION, PORTAL_ID, SOURCE_NAME, SKU_ID, SKU_PART_NUMBER, TITLE,"
                            + " ENABLED_UNITS, SUSPENDED_UNITS, WARNING_UNITS, LOCKED_OUT_UNITS, CONSUMED_UNITS,"
                            + " SYNC_STATUS) VALUES (?, 1, 1, 'Contoso', ?, 'ENTERPRISEPACK', 'Office 365 E3',"
                            + " 5, 0, 0, 0, 0, 'SYNCHRONISED')",
                    id,
                    "33333333-3333-3333-3333-3333333333" + id);
        }
    }
}
