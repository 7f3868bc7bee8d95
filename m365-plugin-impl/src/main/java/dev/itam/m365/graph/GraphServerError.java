package dev.itam.m365.graph;

import dev.itam.m365.api.monitor.FailureCategory;
import java.time.Duration;

/**
 * Graph answered 500 Internal Server Error. Microsoft names no retry for it, but the plugin's Graph
 * requests are reads that can safely be repeated, so {@link Retrying} repeats one once per call: a
 * passing fault of one server does not fail a whole import, a lasting one costs a single request.
 */
public final class GraphServerError extends GraphFailure {

    private static final long serialVersionUID = 1L;

    public GraphServerError(FailureCategory category, String message, Duration retryAfter, Throwable cause) {
        super(category, message, false, retryAfter, cause);
    }
}
