package dev.itam.m365.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureCounterTest {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");

    private static FailureCounter counter(int limit, int trackedEntries) {
        return new FailureCounter(
                limit,
                new SignInLimits(
                        limit,
                        limit,
                        Duration.ofMinutes(15),
                        Duration.ofSeconds(1),
                        Duration.ofMinutes(5),
                        trackedEntries));
    }

    @Test
    void whenFullTheLeastRecentlyFailedKeyIsForgotten() {
        FailureCounter counter = counter(2, 3);
        counter.fail("a", START);
        counter.fail("b", START.plusSeconds(1));
        counter.fail("c", START.plusSeconds(2));
        counter.fail("a", START.plusSeconds(3));
        counter.fail("d", START.plusSeconds(4));

        assertThat(counter.size()).isEqualTo(3);
        assertThat(counter.lockRemaining("a", START.plusMillis(3_500))).isEqualTo(Duration.ofMillis(500));
        assertThat(counter.fail("c", START.plusSeconds(5))).isEqualTo(Duration.ofSeconds(1));
        assertThat(counter.fail("b", START.plusSeconds(6))).isZero();
    }

    @Test
    void keysQuietForTheWindowAreDroppedWithTheNextFailure() {
        FailureCounter counter = counter(5, 100);
        counter.fail("a", START);
        counter.fail("b", START.plusSeconds(60));
        counter.fail("c", START.plusSeconds(15 * 60));

        assertThat(counter.size()).isEqualTo(2);
        counter.fail("d", START.plusSeconds(16 * 60 + 1));
        assertThat(counter.size()).isEqualTo(2);
    }

    @Test
    void aRunningLockIsKeptPastTheWindow() {
        FailureCounter counter = new FailureCounter(
                1, new SignInLimits(1, 1, Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5), 100));
        counter.fail("a", START);
        counter.fail("b", START.plusSeconds(30));

        assertThat(counter.size()).isEqualTo(2);
        assertThat(counter.lockRemaining("a", START.plusSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void clearingForgetsTheKey() {
        FailureCounter counter = counter(2, 100);
        counter.fail("a", START);
        counter.clear("a");

        assertThat(counter.size()).isZero();
        assertThat(counter.fail("a", START.plusSeconds(1))).isZero();
    }
}
