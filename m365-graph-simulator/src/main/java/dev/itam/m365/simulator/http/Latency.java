package dev.itam.m365.simulator.http;

import java.time.Duration;

/**
 * How long every answer of Entra ID and Graph waits before it is written: the real service takes
 * 100–300 ms a page, and an import must hide its own work behind that wait, which loopback's
 * sub-millisecond answers cannot show.
 */
public final class Latency {

    private volatile Duration delay = Duration.ZERO;

    public Duration delay() {
        return delay;
    }

    /** Zero answers at once; a negative delay is refused. */
    public void set(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("A latency cannot be negative: " + delay.toMillis() + " ms");
        }
        this.delay = delay;
    }

    /** Waits the set delay in the answering thread, as a slow service keeps the client waiting. */
    public void await() {
        Duration wait = delay;
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
