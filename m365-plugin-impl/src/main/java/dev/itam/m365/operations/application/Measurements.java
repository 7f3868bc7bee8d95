package dev.itam.m365.operations.application;

import static dev.itam.m365.operations.application.PluginMetric.PORTAL;
import static dev.itam.m365.operations.application.PluginMetric.PORTAL_ID;

import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.graph.GraphCalls;
import dev.itam.m365.importing.application.PortalImportEnded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the end of a portal's import and the end of a task run add to the metrics. */
final class Measurements {

    private Measurements() {}

    static List<Measurement> of(PortalImportEnded ended) {
        Map<String, String> portal = new LinkedHashMap<>();
        portal.put(PORTAL_ID, Long.toString(ended.portalId()));
        portal.put(PORTAL, ended.portalName());
        GraphCalls graph = ended.graph();
        TaskOutcome outcome = ended.succeeded() ? TaskOutcome.SUCCEEDED : TaskOutcome.FAILED;
        List<Measurement> measurements = new ArrayList<>(List.of(
                Measurement.count(PluginMetric.IMPORT_RUNS, with(portal, "outcome", outcome.name()), 1),
                Measurement.time(PluginMetric.IMPORT_DURATION, portal, ended.took()),
                Measurement.count(PluginMetric.USERS_READ, portal, graph.usersRead()),
                Measurement.count(PluginMetric.USER_PAGES, portal, graph.userPages()),
                Measurement.count(PluginMetric.GRAPH_REQUESTS, portal, graph.requests()),
                Measurement.count(PluginMetric.GRAPH_RETRIES, portal, graph.retries()),
                Measurement.count(PluginMetric.GRAPH_THROTTLED, portal, graph.throttledResponses()),
                Measurement.count(PluginMetric.GRAPH_RESOURCE_UNITS, portal, graph.resourceUnits())));
        if (!ended.succeeded()) {
            measurements.add(Measurement.count(
                    PluginMetric.IMPORT_FAILURES,
                    with(portal, "category", ended.failure().name()),
                    1));
        }
        return measurements;
    }

    /** Nothing for a run that has not ended. */
    static List<Measurement> of(TaskRunSummary run) {
        if (run.endedAt() == null) {
            return List.of();
        }
        Map<String, String> task = Map.of("task", run.task().name());
        List<Measurement> measurements = new ArrayList<>(List.of(
                Measurement.count(
                        PluginMetric.TASK_RUNS,
                        with(task, "outcome", run.outcome().name()),
                        1),
                Measurement.time(PluginMetric.TASK_DURATION, task, Duration.between(run.startedAt(), run.endedAt()))));
        if (run.errorCategory() != null) {
            measurements.add(Measurement.count(
                    PluginMetric.TASK_FAILURES,
                    with(task, "category", run.errorCategory().name()),
                    1));
        }
        return measurements;
    }

    private static Map<String, String> with(Map<String, String> tags, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(tags);
        more.put(name, value);
        return more;
    }
}
