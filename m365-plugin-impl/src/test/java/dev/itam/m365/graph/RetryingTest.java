package dev.itam.m365.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryingTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(60);

    @Test
    void backsOffExponentiallyWithoutRetryAfter() {
        assertThat(Retrying.delay(Optional.empty(), 0, BASE, MAX)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Retrying.delay(Optional.empty(), 1, BASE, MAX)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Retrying.delay(Optional.empty(), 3, BASE, MAX)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void honoursRetryAfterButNeverWaitsLongerThanTheMaximum() {
        assertThat(Retrying.delay(Optional.of(Duration.ofSeconds(7)), 3, BASE, MAX)).isEqualTo(Duration.ofSeconds(7));
        assertThat(Retrying.delay(Optional.of(Duration.ofMinutes(10)), 0, BASE, MAX)).isEqualTo(MAX);
        assertThat(Retrying.delay(Optional.empty(), 40, BASE, MAX)).isEqualTo(MAX);
    }
}
