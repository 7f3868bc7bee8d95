package dev.itam.m365.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.api.monitor.FailureCategory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RetryingTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(60);

    private final List<Duration> pauses = new ArrayList<>();
    private final Retrying retrying = new Retrying(new GraphSettings(TestConfig.defaultsWith(Map.of())), pauses::add);

    @Test
    void backsOffExponentiallyWithoutRetryAfter() {
        assertThat(Retrying.delay(Optional.empty(), 0, BASE, MAX)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Retrying.delay(Optional.empty(), 1, BASE, MAX)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Retrying.delay(Optional.empty(), 3, BASE, MAX)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void honoursRetryAfterButNeverWaitsLongerThanTheMaximum() {
        assertThat(Retrying.delay(Optional.of(Duration.ofSeconds(7)), 3, BASE, MAX))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(Retrying.delay(Optional.of(Duration.ofMinutes(10)), 0, BASE, MAX))
                .isEqualTo(MAX);
        assertThat(Retrying.delay(Optional.empty(), 40, BASE, MAX)).isEqualTo(MAX);
    }

    /** Fails transiently {@code failures} times, then answers; counts its attempts. */
    private static final class Flaky implements Supplier<String> {
        private final int failures;
        private final Duration retryAfter;
        int attempts;

        Flaky(int failures, Duration retryAfter) {
            this.failures = failures;
            this.retryAfter = retryAfter;
        }

        @Override
        public String get() {
            attempts++;
            if (attempts <= failures) {
                throw new GraphFailure(FailureCategory.GRAPH_ERROR, "busy", true, retryAfter, null);
            }
            return "answer";
        }
    }

    @Test
    void theStepsOfOneCallShareOneBudget() {
        RetryBudget budget = retrying.budget();
        Flaky token = new Flaky(2, null);
        Flaky graph = new Flaky(Integer.MAX_VALUE, null);

        assertThat(retrying.call(budget, token)).isEqualTo("answer");
        assertThatThrownBy(() -> retrying.call(budget, graph)).isInstanceOf(GraphFailure.class);

        assertThat(token.attempts).isEqualTo(3);
        assertThat(graph.attempts).isEqualTo(3);
        assertThat(pauses)
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void aRetryWhosePauseNoLongerFitsTheTotalIsNotMade() {
        Flaky throttled = new Flaky(Integer.MAX_VALUE, Duration.ofSeconds(50));

        assertThatThrownBy(() -> retrying.call(retrying.budget(), throttled)).isInstanceOf(GraphFailure.class);

        assertThat(throttled.attempts).isEqualTo(3);
        assertThat(pauses).containsExactly(Duration.ofSeconds(50), Duration.ofSeconds(50));
    }

    /** Answers 500 {@code failures} times, then answers; counts its attempts. */
    private static final class FailingServer implements Supplier<String> {
        private final int failures;
        int attempts;

        FailingServer(int failures) {
            this.failures = failures;
        }

        @Override
        public String get() {
            attempts++;
            if (attempts <= failures) {
                throw new GraphServerError(FailureCategory.GRAPH_ERROR, "Microsoft Graph answered 500", null, null);
            }
            return "answer";
        }
    }

    @Test
    void aServerErrorIsRetriedOnceAfterTheBackOffPause() {
        FailingServer server = new FailingServer(1);

        assertThat(retrying.call(retrying.budget(), server)).isEqualTo("answer");

        assertThat(server.attempts).isEqualTo(2);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aSecondServerErrorOfTheSameCallIsNotRetried() {
        RetryBudget budget = retrying.budget();
        FailingServer server = new FailingServer(Integer.MAX_VALUE);
        FailingServer laterStep = new FailingServer(1);

        assertThatThrownBy(() -> retrying.call(budget, server)).hasMessage("Microsoft Graph answered 500");
        assertThatThrownBy(() -> retrying.call(budget, laterStep)).hasMessage("Microsoft Graph answered 500");

        assertThat(server.attempts).isEqualTo(2);
        assertThat(laterStep.attempts).isEqualTo(1);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aServerErrorAfterThrottlingWaitsTheGrownPause() {
        RetryBudget budget = retrying.budget();
        Flaky throttled = new Flaky(1, null);
        FailingServer server = new FailingServer(1);

        assertThat(retrying.call(budget, throttled)).isEqualTo("answer");
        assertThat(retrying.call(budget, server)).isEqualTo("answer");

        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        RetryBudget budget = retrying.budget();
        int[] attempts = {0};

        assertThatThrownBy(() -> retrying.call(budget, () -> {
                    attempts[0]++;
                    throw new GraphFailure(FailureCategory.SECRET_INVALID, "wrong secret");
                }))
                .hasMessage("wrong secret");

        assertThat(attempts[0]).isEqualTo(1);
        assertThat(pauses).isEmpty();
        assertThat(budget.spend(Duration.ZERO)).isTrue();
    }
}
