package dev.itam.m365.operations.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.graph.GraphCalls;
import dev.itam.m365.importing.application.PortalImportEnded;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementsTest {

    private static final Map<String, String> CONTOSO = Map.of("portal_id", "7", "portal", "Contoso");
    private static final GraphCalls GRAPH = new GraphCalls(12, 30, 2, 500, 3, 5, 2_345);

    @Test
    void aSucceededImportCountsOnceWithItsGraphFiguresUnderItsPortal() {
        assertThat(Measurements.of(new PortalImportEnded(7, "Contoso", Duration.ofMillis(1_500), null, GRAPH)))
                .containsExactlyInAnyOrder(
                        Measurement.count(PluginMetric.IMPORT_RUNS, withContoso("outcome", "SUCCEEDED"), 1),
                        Measurement.time(PluginMetric.IMPORT_DURATION, CONTOSO, Duration.ofMillis(1_500)),
                        Measurement.count(PluginMetric.USERS_READ, CONTOSO, 2_345),
                        Measurement.count(PluginMetric.USER_PAGES, CONTOSO, 5),
                        Measurement.count(PluginMetric.GRAPH_REQUESTS, CONTOSO, 12),
                        Measurement.count(PluginMetric.GRAPH_RETRIES, CONTOSO, 3),
                        Measurement.count(PluginMetric.GRAPH_THROTTLED, CONTOSO, 2),
                        Measurement.count(PluginMetric.GRAPH_RESOURCE_UNITS, CONTOSO, 30));
    }

    @Test
    void aFailedImportCountsItsCategory() {
        assertThat(Measurements.of(new PortalImportEnded(
                        7, "Contoso", Duration.ofSeconds(1), FailureCategory.SECRET_EXPIRED, GRAPH)))
                .contains(
                        Measurement.count(PluginMetric.IMPORT_RUNS, withContoso("outcome", "FAILED"), 1),
                        Measurement.count(PluginMetric.IMPORT_FAILURES, withContoso("category", "SECRET_EXPIRED"), 1))
                .hasSize(9);
    }

    @Test
    void anEndedRunCountsByTaskAndOutcomeAndTimesItsRun() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        TaskRunSummary failed = run(TaskType.RECALCULATION, start, start.plusMillis(2_250), TaskOutcome.FAILED);

        assertThat(Measurements.of(failed))
                .containsExactlyInAnyOrder(
                        Measurement.count(
                                PluginMetric.TASK_RUNS, Map.of("task", "RECALCULATION", "outcome", "FAILED"), 1),
                        Measurement.time(
                                PluginMetric.TASK_DURATION, Map.of("task", "RECALCULATION"), Duration.ofMillis(2_250)),
                        Measurement.count(
                                PluginMetric.TASK_FAILURES,
                                Map.of("task", "RECALCULATION", "category", "INTERNAL_ERROR"),
                                1));
    }

    @Test
    void aRunStillRunningMeasuresNothing() {
        assertThat(Measurements.of(run(TaskType.IMPORT, Instant.EPOCH, null, TaskOutcome.RUNNING)))
                .isEmpty();
    }

    @Test
    void tagsKeepTheirOrderPortalFirst() {
        assertThat(Measurements.of(new PortalImportEnded(7, "Contoso", Duration.ZERO, null, GRAPH))
                        .get(0)
                        .tags()
                        .keySet())
                .containsExactly("portal_id", "portal", "outcome");
    }

    private static Map<String, String> withContoso(String name, String value) {
        return Map.of("portal_id", "7", "portal", "Contoso", name, value);
    }

    private static TaskRunSummary run(TaskType task, Instant start, Instant end, TaskOutcome outcome) {
        return new TaskRunSummary(
                1,
                task,
                TaskTrigger.ADMIN,
                null,
                null,
                start,
                end,
                outcome,
                null,
                outcome == TaskOutcome.FAILED ? FailureCategory.INTERNAL_ERROR : null,
                null,
                null);
    }
}
