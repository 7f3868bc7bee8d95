package dev.itam.m365.graph;

import dev.itam.m365.api.monitor.FailureCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Repeats a call that failed transiently (429, 503, 504, a dropped connection), and a
 * {@link GraphServerError} (500) once, within the budget of one Graph call: at most {@code m365.graph.max-retries} retries and {@code m365.graph.max-total-retry-delay}
 * of pauses in all, token requests included. A retry waits the Retry-After the service named, otherwise
 * an exponentially growing pause; no pause exceeds {@code m365.graph.max-retry-delay}, and a retry whose
 * pause no longer fits the budget is not made.
 */
@ApplicationScoped
public class Retrying {

    @Inject
    GraphSettings settings;

    private Sleeper sleeper = Sleeper.THREAD;

    protected Retrying() {}

    /** Outside CDI (tests): with the given settings and way of waiting. */
    public Retrying(GraphSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
    }

    /** A fresh budget for one Graph call and its token. */
    public RetryBudget budget() {
        return new RetryBudget(settings.maxRetries(), settings.maxTotalRetryDelay());
    }

    public <T> T call(RetryBudget budget, Supplier<T> action) {
        while (true) {
            try {
                return action.get();
            } catch (GraphFailure failure) {
                if (!failure.isTransient() && !(failure instanceof GraphServerError && budget.takeServerErrorRetry())) {
                    throw failure;
                }
                Duration pause =
                        delay(failure.retryAfter(), budget.retries(), settings.retryDelay(), settings.maxRetryDelay());
                if (!budget.spend(pause)) {
                    throw failure;
                }
                pause(pause);
            }
        }
    }

    /** Waits what the run's last answer from Graph asked before its next request. */
    public void pace(GraphUsage usage) {
        Duration wait = usage.takePause();
        if (!wait.isZero()) {
            pause(wait);
            usage.paused(wait);
        }
    }

    static Duration delay(Optional<Duration> retryAfter, int attempt, Duration base, Duration max) {
        Duration wanted = retryAfter.orElseGet(() -> base.multipliedBy(1L << Math.min(attempt, 20)));
        return wanted.compareTo(max) > 0 ? max : wanted;
    }

    private void pause(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphFailure(FailureCategory.CONNECTION_FAILED, "Interrupted while waiting to retry.");
        }
    }
}
