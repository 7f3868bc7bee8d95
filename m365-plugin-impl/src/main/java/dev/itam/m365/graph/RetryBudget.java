package dev.itam.m365.graph;

import java.time.Duration;

/**
 * What one Graph call, together with the token it needs, may still spend on retries: a number of
 * retries and their pauses in all. Shared by both so that their retries never multiply. One call
 * runs on one thread, so the budget needs no locking.
 */
public final class RetryBudget {

    private final int maxRetries;
    private int retries;
    private boolean serverErrorRetried;
    private Duration pausesLeft;

    public RetryBudget(int maxRetries, Duration totalPauses) {
        this.maxRetries = maxRetries;
        this.pausesLeft = totalPauses;
    }

    /** Takes one retry after {@code pause}, if both still fit; otherwise nothing is taken. */
    public boolean spend(Duration pause) {
        if (retries >= maxRetries || pause.compareTo(pausesLeft) > 0) {
            return false;
        }
        retries++;
        pausesLeft = pausesLeft.minus(pause);
        return true;
    }

    /** True the first time only: of the retries, one at most may repeat a 500. */
    boolean takeServerErrorRetry() {
        boolean first = !serverErrorRetried;
        serverErrorRetried = true;
        return first;
    }

    /** Retries taken so far; the exponential back-off grows with it across token and Graph requests. */
    public int retries() {
        return retries;
    }
}
