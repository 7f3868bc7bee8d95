package dev.itam.m365.lifecycle.application;

import dev.itam.m365.api.lifecycle.LifecycleChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The alerts already given, in plain JDBC on the caller's connection: one row per licence,
 * subscription, event and date, so a change is alerted once however many imports see it, and again
 * when the subscription's next term brings a new date.
 */
final class AlertStore {

    private final Connection connection;

    AlertStore(Connection connection) {
        this.connection = connection;
    }

    /** Records the changes not alerted before; @return those */
    List<LifecycleChange> recordNew(List<LifecycleChange> changes, Instant now) throws SQLException {
        Set<Key> given = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT LICENCE_ID, SUBSCRIPTION_ID, EVENT, DUE_AT FROM M365_LIFECYCLE_ALERT WHERE LICENCE_ID = ?")) {
            for (long licenceId :
                    changes.stream().map(LifecycleChange::licenceId).distinct().toList()) {
                select.setLong(1, licenceId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        given.add(new Key(
                                rows.getLong(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getTimestamp(4).toInstant()));
                    }
                }
            }
        }
        List<LifecycleChange> fresh =
                changes.stream().filter(c -> !given.contains(Key.of(c))).toList();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO M365_LIFECYCLE_ALERT"
                + " (LICENCE_ID, SUBSCRIPTION_ID, EVENT, DUE_AT, ALERTED_AT) VALUES (?, ?, ?, ?, ?)")) {
            for (LifecycleChange change : fresh) {
                insert.setLong(1, change.licenceId());
                insert.setString(2, change.subscriptionId());
                insert.setString(3, change.event().name());
                insert.setTimestamp(4, Timestamp.from(change.at()));
                insert.setTimestamp(5, Timestamp.from(now));
                insert.addBatch();
            }
            if (!fresh.isEmpty()) {
                insert.executeBatch();
            }
        }
        return fresh;
    }

    private record Key(long licenceId, String subscriptionId, String event, Instant at) {
        static Key of(LifecycleChange change) {
            return new Key(
                    change.licenceId(), change.subscriptionId(), change.event().name(), change.at());
        }
    }
}
