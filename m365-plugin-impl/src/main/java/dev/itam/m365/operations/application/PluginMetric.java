package dev.itam.m365.operations.application;

/**
 * The plugin's metrics, in MicroProfile Metrics' application scope; Prometheus sees a name's dots as
 * underscores, a counter with {@code _total}, a timer in seconds. Import and Graph metrics are tagged
 * with the portal ({@code portal_id}, and its name as {@code portal}), task metrics with the task.
 */
enum PluginMetric {
    IMPORT_RUNS(Kind.COUNTER, "m365.import.runs", "Imports of a portal that ended, by outcome"),
    IMPORT_DURATION(Kind.TIMER, "m365.import.duration", "How long the import of a portal took, however it ended"),
    IMPORT_FAILURES(Kind.COUNTER, "m365.import.failures", "Failed imports of a portal, by failure category (M-12)"),
    USERS_READ(
            Kind.COUNTER,
            "m365.import.users",
            "Users Microsoft Graph returned to imports (an incremental import's: those changed or removed)"),
    USER_PAGES(Kind.COUNTER, "m365.import.user.pages", "Pages of users Microsoft Graph returned to imports"),
    GRAPH_REQUESTS(Kind.COUNTER, "m365.graph.requests", "Requests to Microsoft Graph, retries included"),
    GRAPH_RETRIES(Kind.COUNTER, "m365.graph.retries", "Retries of Graph requests and of their token requests"),
    GRAPH_THROTTLED(Kind.COUNTER, "m365.graph.throttled", "Answers of Microsoft Graph that were throttled (429)"),
    GRAPH_RESOURCE_UNITS(
            Kind.COUNTER, "m365.graph.resource.units", "Resource units Microsoft Graph charged (x-ms-resource-unit)"),
    TASK_RUNS(Kind.COUNTER, "m365.task.runs", "Task runs that ended, by task and outcome"),
    TASK_DURATION(Kind.TIMER, "m365.task.duration", "How long task runs took, by task"),
    TASK_FAILURES(Kind.COUNTER, "m365.task.failures", "Failed task runs, by task and failure category (M-12)");

    enum Kind {
        COUNTER,
        TIMER
    }

    static final String PORTAL_ID = "portal_id";
    static final String PORTAL = "portal";

    private final Kind kind;
    private final String metricName;
    private final String description;

    PluginMetric(Kind kind, String metricName, String description) {
        this.kind = kind;
        this.metricName = metricName;
        this.description = description;
    }

    Kind kind() {
        return kind;
    }

    String metricName() {
        return metricName;
    }

    String description() {
        return description;
    }
}
