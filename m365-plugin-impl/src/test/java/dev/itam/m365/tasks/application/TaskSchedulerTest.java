package dev.itam.m365.tasks.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Ticks fall on the interval's boundaries from the epoch plus the offset, the same on every instance. */
class TaskSchedulerTest {

    private static final Duration FIVE_HOURS = Duration.ofHours(5);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void aTimerFiringLateOrEarlyBelongsToTheNearestTick() {
        Instant boundary = Instant.ofEpochMilli(98_000 * FIVE_HOURS.toMillis() + TEN_MINUTES.toMillis());
        long tick = TaskScheduler.slot(boundary, FIVE_HOURS, TEN_MINUTES);

        assertThat(tick).isEqualTo(98_000);
        assertThat(TaskScheduler.slot(boundary.plusSeconds(3), FIVE_HOURS, TEN_MINUTES))
                .isEqualTo(tick);
        assertThat(TaskScheduler.slot(boundary.minusSeconds(3), FIVE_HOURS, TEN_MINUTES))
                .isEqualTo(tick);
        assertThat(TaskScheduler.slot(boundary.plus(FIVE_HOURS), FIVE_HOURS, TEN_MINUTES))
                .isEqualTo(tick + 1);
    }

    @Test
    void theFirstTickWaitsUntilTheNextBoundaryAfterTheOffset() {
        Instant boundary = Instant.ofEpochMilli(98_000 * FIVE_HOURS.toMillis() + TEN_MINUTES.toMillis());

        assertThat(TaskScheduler.millisToNextTick(boundary.minusSeconds(60), FIVE_HOURS, TEN_MINUTES))
                .isEqualTo(60_000);
        assertThat(TaskScheduler.millisToNextTick(boundary, FIVE_HOURS, TEN_MINUTES))
                .isEqualTo(FIVE_HOURS.toMillis());
        assertThat(TaskScheduler.millisToNextTick(boundary.plusMillis(1), FIVE_HOURS, TEN_MINUTES))
                .isEqualTo(FIVE_HOURS.toMillis() - 1);
    }

    @Test
    void anInstantBeforeTheEpochStillFindsItsBoundary() {
        Instant boundary = Instant.parse("1969-12-31T23:00:00Z");

        assertThat(TaskScheduler.millisToNextTick(boundary.minusSeconds(1), Duration.ofHours(1), Duration.ZERO))
                .isEqualTo(1_000);
    }
}
