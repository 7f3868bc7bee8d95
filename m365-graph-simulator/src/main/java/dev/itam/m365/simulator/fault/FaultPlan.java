package dev.itam.m365.simulator.fault;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Faults waiting for the next requests of each endpoint, consumed in order, plus request counters. */
public final class FaultPlan {

    private final Map<Endpoint, Deque<Fault>> pending = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, AtomicLong> requests = new EnumMap<>(Endpoint.class);

    public FaultPlan() {
        for (Endpoint endpoint : Endpoint.values()) {
            pending.put(endpoint, new ArrayDeque<>());
            requests.put(endpoint, new AtomicLong());
        }
    }

    /** The next {@code times} requests of {@code endpoint} meet {@code fault}. */
    public synchronized void inject(Endpoint endpoint, Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            pending.get(endpoint).addLast(fault);
        }
    }

    public synchronized void clear() {
        pending.values().forEach(Deque::clear);
    }

    /** Counts the request and hands out the fault it meets, if any. */
    public synchronized Optional<Fault> nextFor(Endpoint endpoint) {
        requests.get(endpoint).incrementAndGet();
        return Optional.ofNullable(pending.get(endpoint).pollFirst());
    }

    public long requestCount(Endpoint endpoint) {
        return requests.get(endpoint).get();
    }

    public synchronized int pendingCount(Endpoint endpoint) {
        return pending.get(endpoint).size();
    }
}
