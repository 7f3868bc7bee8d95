package dev.itam.m365.simulator.graph;

import dev.itam.m365.simulator.fault.Endpoint;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The identity and access service's throttling, a token bucket of resource units per app and tenant:
 * 3,500, 5,000 or 8,000 units per 10 seconds for tenants of under 50, up to 500 and over 500 users
 * (Microsoft's limits page), or the limit a test set for a tenant. Usage drains at the limit's rate;
 * a request that would take it over the limit is refused, and its cost still counts, so a client that
 * retries without waiting stays throttled; usage is capped at 1.8 times the limit, the highest
 * {@code x-ms-throttle-limit-percentage} Graph reports. How Graph throttles low priority requests first
 * is not documented: here they are refused from 90 % of the limit on, normal and high ones at it.
 */
public final class ResourceUnitBuckets {

    static final Duration WINDOW = Duration.ofSeconds(10);
    private static final double LOW_PRIORITY_SHARE = 0.9;
    private static final double MAX_USAGE = 1.8;
    private static final double REPORTED_FROM = 0.8;

    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Integer> setLimits = new ConcurrentHashMap<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private final Map<String, Integer> requests = new ConcurrentHashMap<>();

    public ResourceUnitBuckets() {
        this(System::nanoTime);
    }

    ResourceUnitBuckets(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Graph's limit of a tenant of this many users, per {@link #WINDOW}. */
    static int limitFor(int users) {
        return users < 50 ? 3_500 : users <= 500 ? 5_000 : 8_000;
    }

    /** Sets a tenant's limit per 10 seconds for every app, instead of the one of its size. */
    public void setLimit(String tenantId, int resourceUnits) {
        if (resourceUnits < 1) {
            throw new IllegalArgumentException("A limit must be at least 1 resource unit: " + resourceUnits);
        }
        setLimits.put(tenantId, resourceUnits);
        buckets.keySet().removeIf(key -> key.endsWith("/" + tenantId));
    }

    /** Back to the limit of the tenant's size. */
    public void resetLimit(String tenantId) {
        setLimits.remove(tenantId);
        buckets.keySet().removeIf(key -> key.endsWith("/" + tenantId));
    }

    /** The limit set for the tenant, if one was. */
    public OptionalInt limitSet(String tenantId) {
        Integer limit = setLimits.get(tenantId);
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** How many requests of the tenant's apps were refused with 429 so far. */
    public int refusals(String tenantId) {
        return refusals.getOrDefault(tenantId, 0);
    }

    /** How many requests of the endpoint the tenant's apps sent at the priority, refused ones included. */
    public int requests(String tenantId, Endpoint endpoint, ThrottlePriority priority) {
        return requests.getOrDefault(tenantId + "/" + endpoint + "/" + priority, 0);
    }

    /**
     * Charges a request's cost to its app and tenant.
     *
     * @param users the tenant's size, asked only when its bucket is made
     */
    Charge charge(
            String clientId,
            String tenantId,
            IntSupplier users,
            Endpoint endpoint,
            int cost,
            ThrottlePriority priority) {
        requests.merge(tenantId + "/" + endpoint + "/" + priority, 1, Integer::sum);
        Bucket bucket = buckets.computeIfAbsent(
                clientId + "/" + tenantId,
                key -> new Bucket(
                        Optional.ofNullable(setLimits.get(tenantId)).orElseGet(() -> limitFor(users.getAsInt()))));
        Charge charge = bucket.charge(nanoTime.getAsLong(), cost, priority);
        if (charge.refused()) {
            refusals.merge(tenantId, 1, Integer::sum);
        }
        return charge;
    }

    /**
     * What a request was charged.
     *
     * @param usage the share of the limit used after it, reported from 0.8 on
     * @param retryAfterSeconds when refused, how long until it would pass
     */
    record Charge(boolean refused, int cost, double usage, long retryAfterSeconds) {

        Optional<String> reportedUsage() {
            return usage > REPORTED_FROM
                    ? Optional.of(String.format(java.util.Locale.ROOT, "%.2f", Math.min(usage, MAX_USAGE)))
                    : Optional.empty();
        }
    }

    private static final class Bucket {

        private final int limit;
        private double used;
        private long at = Long.MIN_VALUE;

        Bucket(int limit) {
            this.limit = limit;
        }

        synchronized Charge charge(long now, int cost, ThrottlePriority priority) {
            double perNano = (double) limit / WINDOW.toNanos();
            if (at != Long.MIN_VALUE) {
                used = Math.max(0, used - (now - at) * perNano);
            }
            at = now;
            double threshold = priority == ThrottlePriority.LOW ? limit * LOW_PRIORITY_SHARE : limit;
            boolean refused = used + cost > threshold;
            used = Math.min(used + cost, limit * MAX_USAGE);
            long retryAfter = refused ? (long) Math.ceil((used + cost - threshold) / perNano / 1e9) : 0;
            return new Charge(refused, cost, used / limit, Math.max(refused ? 1 : 0, retryAfter));
        }
    }
}
