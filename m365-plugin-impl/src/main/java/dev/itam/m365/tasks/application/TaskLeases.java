package dev.itam.m365.tasks.application;

import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.persistence.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * One lease row per task in {@code M365_TASK_LEASE}, taken by compare-and-set: the update succeeds
 * only while nobody holds an unexpired lease (and, for scheduled ticks, only once per tick). Each
 * call commits on its own, so other instances see it at once.
 */
@ApplicationScoped
public class TaskLeases {

    /** Who holds a lease, for the monitor, and the run it belongs to. */
    public record Holder(String holder, Long runId, Timestamp expiresAt) {
    }

    /** A lease just taken; {@code lapsedRunId} is the run of a holder whose lease had lapsed. */
    public record Taken(Optional<Long> lapsedRunId) {
    }

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    /**
     * @param slot the schedule tick; empty for runs on demand
     * @return empty when someone else holds the lease or the tick already ran
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Taken> acquire(TaskType task, String holder, Duration ttl, OptionalLong slot) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection()) {
            Long lapsedRun = current(connection, task).map(Holder::runId).orElse(null);
            String sql = "UPDATE M365_TASK_LEASE SET HOLDER = ?, RUN_ID = NULL, EXPIRES_AT = ?"
                    + (slot.isPresent() ? ", LAST_SLOT = ?" : "")
                    + " WHERE TASK = ? AND (EXPIRES_AT IS NULL OR EXPIRES_AT < ?)"
                    + (slot.isPresent() ? " AND (LAST_SLOT IS NULL OR LAST_SLOT < ?)" : "");
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                int i = 0;
                update.setString(++i, holder);
                update.setTimestamp(++i, Timestamp.from(clock.instant().plus(ttl)));
                if (slot.isPresent()) {
                    update.setLong(++i, slot.getAsLong());
                }
                update.setString(++i, task.name());
                update.setTimestamp(++i, now);
                if (slot.isPresent()) {
                    update.setLong(++i, slot.getAsLong());
                }
                if (update.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Taken(Optional.ofNullable(lapsedRun)));
        } catch (SQLException e) {
            throw new IllegalStateException("Taking the lease of " + task + " failed: " + e.getMessage(), e);
        }
    }

    /** Records which run the lease belongs to, so a lapsed lease's run can be closed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attach(TaskType task, String holder, long runId) {
        update("UPDATE M365_TASK_LEASE SET RUN_ID = ? WHERE TASK = ? AND HOLDER = ?", runId, task.name(), holder);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renew(TaskType task, String holder, Duration ttl) {
        update("UPDATE M365_TASK_LEASE SET EXPIRES_AT = ? WHERE TASK = ? AND HOLDER = ?",
                Timestamp.from(clock.instant().plus(ttl)), task.name(), holder);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(TaskType task, String holder) {
        update("UPDATE M365_TASK_LEASE SET HOLDER = NULL, RUN_ID = NULL, EXPIRES_AT = NULL WHERE TASK = ? AND HOLDER = ?",
                task.name(), holder);
    }

    /** The unexpired holder of the task's lease. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Holder> holder(TaskType task) {
        try (Connection connection = dataSource.getConnection()) {
            return current(connection, task).filter(h -> h.expiresAt() != null && h.expiresAt().toInstant().isAfter(clock.instant()));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the lease of " + task + " failed: " + e.getMessage(), e);
        }
    }

    private static Optional<Holder> current(Connection connection, TaskType task) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT HOLDER, RUN_ID, EXPIRES_AT FROM M365_TASK_LEASE WHERE TASK = ?")) {
            select.setString(1, task.name());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getString(1) == null) {
                    return Optional.empty();
                }
                long runId = row.getLong(2);
                return Optional.of(new Holder(row.getString(1), row.wasNull() ? null : runId, row.getTimestamp(3)));
            }
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Updating a task lease failed: " + e.getMessage(), e);
        }
    }
}
