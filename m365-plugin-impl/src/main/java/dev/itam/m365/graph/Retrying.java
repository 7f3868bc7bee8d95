package dev.itam.m365.graph;

import dev.itam.m365.api.monitor.FailureCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Repeats a call that failed transiently (429, 503, 504, a dropped connection), at most
 * {@code m365.graph.max-retries} times: after the Retry-After the service named, otherwise after an
 * exponentially growing pause; no pause exceeds {@code m365.graph.max-retry-delay}.
 */
@ApplicationScoped
public class Retrying {

    @Inject
    GraphSettings settings;

    public <T> T call(Supplier<T> action) {
        int attempt = 0;
        while (true) {
            try {
                return action.get();
            } catch (GraphFailure failure) {
                if (!failure.isTransient() || attempt >= settings.maxRetries()) {
                    throw failure;
                }
                pause(delay(failure.retryAfter(), attempt, settings.retryDelay(), settings.maxRetryDelay()));
                attempt++;
            }
        }
    }

    static Duration delay(Optional<Duration> retryAfter, int attempt, Duration base, Duration max) {
        Duration wanted = retryAfter.orElseGet(() -> base.multipliedBy(1L << Math.min(attempt, 20)));
        return wanted.compareTo(max) > 0 ? max : wanted;
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphFailure(FailureCategory.CONNECTION_FAILED, "Interrupted while waiting to retry.");
        }
    }
}
