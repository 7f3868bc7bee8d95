package dev.itam.m365.tasks.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.graph.TestConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskSettingsTest {

    @Test
    void theHistoryRollupRunsDailyHalfAnHourAfterMidnightUnlessConfiguredOtherwise() {
        TaskSettings defaults = settings(Map.of());
        assertThat(defaults.interval(TaskType.HISTORY_ROLLUP)).contains(Duration.ofDays(1));
        assertThat(defaults.offset(TaskType.HISTORY_ROLLUP)).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.interval(TaskType.IMPORT)).contains(Duration.ofHours(5));
        assertThat(defaults.offset(TaskType.RECALCULATION)).isEqualTo(Duration.ofMinutes(10));

        TaskSettings configured = settings(
                Map.of("m365.tasks.history-rollup.interval", "PT6H", "m365.tasks.history-rollup.offset", "PT1M"));
        assertThat(configured.interval(TaskType.HISTORY_ROLLUP)).contains(Duration.ofHours(6));
        assertThat(configured.offset(TaskType.HISTORY_ROLLUP)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings(Map.of("m365.tasks.history-rollup.interval", "off")).interval(TaskType.HISTORY_ROLLUP))
                .isEmpty();
    }

    private static TaskSettings settings(Map<String, String> config) {
        TaskSettings settings = new TaskSettings();
        settings.config = TestConfig.defaultsWith(config);
        return settings;
    }
}
