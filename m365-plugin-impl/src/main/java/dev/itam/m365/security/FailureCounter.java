package dev.itam.m365.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins per key (a user name or a client address) and the lock they earned. Entries are
 * kept in the order of their last failure, so the head holds those forgotten first: expired ones are
 * dropped there, and when {@link SignInLimits#trackedEntries()} are held the least recently failed
 * goes, which keeps memory bounded whatever names an attacker sends.
 */
final class FailureCounter {

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    private final int limit;
    private final SignInLimits limits;
    private final LinkedHashMap<String, Failures> entries = new LinkedHashMap<>();

    FailureCounter(int limit, SignInLimits limits) {
        this.limit = limit;
        this.limits = limits;
    }

    /** How much longer attempts for {@code key} are refused; zero when they are checked. */
    synchronized Duration lockRemaining(String key, Instant now) {
        Failures failures = entries.get(key);
        return failures == null || !failures.lockedUntil().isAfter(now)
                ? Duration.ZERO
                : Duration.between(now, failures.lockedUntil());
    }

    /** Counts one failure; returns the lock it starts, zero while under the limit. */
    synchronized Duration fail(String key, Instant now) {
        if (limit <= 0) {
            return Duration.ZERO;
        }
        Failures previous = entries.remove(key);
        int count = previous == null || forgotten(previous, now) ? 1 : previous.count() + 1;
        Duration lock = limits.lockAfter(count, limit);
        dropForgotten(now);
        if (entries.size() >= limits.trackedEntries()) {
            Iterator<String> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        entries.put(key, new Failures(count, now, now.plus(lock)));
        return lock;
    }

    synchronized void clear(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }

    private void dropForgotten(Instant now) {
        Iterator<Map.Entry<String, Failures>> oldestFirst = entries.entrySet().iterator();
        while (oldestFirst.hasNext() && forgotten(oldestFirst.next().getValue(), now)) {
            oldestFirst.remove();
        }
    }

    private boolean forgotten(Failures failures, Instant now) {
        return !now.isBefore(failures.last().plus(limits.window()))
                && !failures.lockedUntil().isAfter(now);
    }
}
