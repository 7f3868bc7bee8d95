package dev.itam.m365.graph;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run's use of Microsoft Graph, shared by its requests on every thread: the priority it asks, and
 * what Graph answered: requests, resource units ({@code x-ms-resource-unit}), throttled answers (429),
 * the retries they took, and the pages of users with the users on them (for the metrics).
 * When Graph says the app used more than 80 % of its limit ({@code x-ms-throttle-limit-percentage},
 * 0.8 to 1.8), the next request first waits until the limit's bucket drained back to 80 %: the
 * identity service refills it over 10 seconds, so the wait is the share over 80 % of those 10 seconds.
 * Slowing down before the limit keeps 429s, whose cost still counts, from coming at all.
 */
public final class GraphUsage {

    static final double SLOW_DOWN_ABOVE = 0.8;
    static final Duration LIMIT_WINDOW = Duration.ofSeconds(10);

    private final RequestPriority priority;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger resourceUnits = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger userPages = new AtomicInteger();
    private final AtomicInteger users = new AtomicInteger();
    private final AtomicLong pausedNanos = new AtomicLong();
    private final AtomicReference<Duration> pause = new AtomicReference<>(Duration.ZERO);

    public GraphUsage(RequestPriority priority) {
        this.priority = priority;
    }

    public RequestPriority priority() {
        return priority;
    }

    /** Notes an answer of Graph from its status and throttling headers (each may be missing). */
    public void answered(int status, String resourceUnitHeader, String limitPercentageHeader) {
        requests.incrementAndGet();
        if (status == 429) {
            throttled.incrementAndGet();
        }
        resourceUnits.addAndGet(Math.max(0, parsedInt(resourceUnitHeader)));
        double used = parsedDouble(limitPercentageHeader);
        if (used > SLOW_DOWN_ABOVE) {
            pause.set(Duration.ofMillis(Math.round((used - SLOW_DOWN_ABOVE) * LIMIT_WINDOW.toMillis())));
        }
    }

    /** Notes the retries one call took, its token's included. */
    public void retried(int count) {
        retries.addAndGet(count);
    }

    /** Notes a page of users (or of their changes) and how many it named. */
    public void userPage(int usersOnIt) {
        userPages.incrementAndGet();
        users.addAndGet(usersOnIt);
    }

    /** The wait the last answer asked for before the next request, taken once. */
    public Duration takePause() {
        return pause.getAndSet(Duration.ZERO);
    }

    void paused(Duration wait) {
        pausedNanos.addAndGet(wait.toNanos());
    }

    public GraphCalls figures() {
        return new GraphCalls(
                requests.get(),
                resourceUnits.get(),
                throttled.get(),
                pausedNanos.get() / 1_000_000,
                retries.get(),
                userPages.get(),
                users.get());
    }

    private static int parsedInt(String header) {
        try {
            return header == null ? 0 : Integer.parseInt(header.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double parsedDouble(String header) {
        try {
            return header == null ? 0 : Double.parseDouble(header.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
