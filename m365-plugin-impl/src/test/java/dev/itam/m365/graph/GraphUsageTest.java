package dev.itam.m365.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.monitor.TaskTrigger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a run counts of Graph's answers, and how long it slows down when Graph says it nears its limit. */
class GraphUsageTest {

    private final GraphUsage usage = new GraphUsage(RequestPriority.NORMAL);

    @Test
    void belowEightyPercentNothingWaitsFromThereTheShareOverItOfTheTenSecondWindow() {
        usage.answered(200, "1", null);
        assertThat(usage.takePause()).isZero();
        usage.answered(200, "1", "0.80");
        assertThat(usage.takePause()).isZero();
        usage.answered(200, "1", "1.8");
        assertThat(usage.takePause()).isEqualTo(Duration.ofSeconds(10));
        assertThat(usage.takePause()).as("taken once").isZero();
        usage.answered(200, "1", "0.85");
        assertThat(usage.takePause()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void throttledAnswersAndResourceUnitsAreCountedAndUnreadableHeadersIgnored() {
        usage.answered(200, "2", null);
        usage.answered(429, null, null);
        usage.answered(200, "many", "lots");
        usage.answered(200, "-4", null);

        assertThat(usage.figures()).isEqualTo(new GraphCalls(4, 2, 1, 0, 0, 0, 0));
        assertThat(usage.takePause()).isZero();
    }

    @Test
    void retriesPagesOfUsersAndTheirUsersAddUp() {
        usage.retried(2);
        usage.retried(0);
        usage.userPage(500);
        usage.userPage(12);

        assertThat(usage.figures()).isEqualTo(new GraphCalls(0, 0, 0, 0, 2, 2, 512));
    }

    @Test
    void scheduledRunsAskLowPriorityAndOthersNone() {
        assertThat(RequestPriority.of(TaskTrigger.SCHEDULE).header()).isEqualTo("low");
        assertThat(RequestPriority.of(TaskTrigger.ADMIN).header()).isNull();
        assertThat(RequestPriority.of(TaskTrigger.HOST).header()).isNull();
    }
}
