package dev.itam.m365.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Which failures count as a lost race, on the cause chains the databases and the commit produce. */
class ConcurrentChangeInterceptorTest {

    @Test
    void aStaleVersionAnywhereInTheChainIsALostRace() {
        assertThat(ConcurrentChangeInterceptor.isLostRace(
                        new IllegalStateException("commit", new OptimisticLockException("stale"))))
                .isTrue();
    }

    @Test
    void aUniqueKeyTakenMeanwhileIsALostRaceOnEachDatabase() {
        assertThat(ConcurrentChangeInterceptor.isLostRace(
                        new PersistenceException(new SQLException("duplicate key", "23505"))))
                .as("H2 and PostgreSQL")
                .isTrue();
        assertThat(ConcurrentChangeInterceptor.isLostRace(new PersistenceException(
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))))
                .as("MariaDB")
                .isTrue();
        assertThat(ConcurrentChangeInterceptor.isLostRace(
                        new PersistenceException(new SQLException("deadlock detected", "40P01"))))
                .as("PostgreSQL deadlock")
                .isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNoRace() {
        assertThat(ConcurrentChangeInterceptor.isLostRace(
                        new PersistenceException(new SQLException("value too long", "22001"))))
                .isFalse();
        assertThat(ConcurrentChangeInterceptor.isLostRace(new PersistenceException(
                        new SQLIntegrityConstraintViolationException("Column cannot be null", "23000", 1048))))
                .as("a NOT NULL violation is a bug, not a race")
                .isFalse();
        assertThat(ConcurrentChangeInterceptor.isLostRace(new IllegalStateException("boom")))
                .isFalse();
    }
}
