package dev.itam.m365.graph;

import dev.itam.m365.api.monitor.FailureCategory;
import java.time.Duration;
import java.util.Optional;

/**
 * Reaching a tenant failed. The message is written for the admin; {@code transientFailure} marks
 * what is worth retrying (throttling, unavailability, a dropped connection).
 */
public class GraphFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FailureCategory category;
    private final boolean transientFailure;
    private final transient Duration retryAfter;

    public GraphFailure(FailureCategory category, String message) {
        this(category, message, false, null, null);
    }

    public GraphFailure(
            FailureCategory category, String message, boolean transientFailure, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.category = category;
        this.transientFailure = transientFailure;
        this.retryAfter = retryAfter;
    }

    public FailureCategory category() {
        return category;
    }

    public boolean isTransient() {
        return transientFailure;
    }

    /** The wait the service asked for, when it named one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
