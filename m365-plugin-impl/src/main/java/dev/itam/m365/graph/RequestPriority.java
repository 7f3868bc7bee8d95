package dev.itam.m365.graph;

import dev.itam.m365.api.monitor.TaskTrigger;

/**
 * The priority a run asks of Graph with {@code x-ms-throttle-priority}: Graph throttles low ones first.
 * A scheduled run is low, as nobody waits for it; what an admin or the host started is normal, as
 * Graph takes a request without the header.
 */
public enum RequestPriority {
    LOW("low"),
    NORMAL(null);

    private final String header;

    RequestPriority(String header) {
        this.header = header;
    }

    public static RequestPriority of(TaskTrigger trigger) {
        return trigger == TaskTrigger.SCHEDULE ? LOW : NORMAL;
    }

    /** The header's value, or null for none. */
    public String header() {
        return header;
    }
}
