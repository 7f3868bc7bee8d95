package dev.itam.m365.simulator.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.simulator.fault.Endpoint;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket of resource units per app and tenant, on a clock the test moves. */
class ResourceUnitBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ResourceUnitBuckets buckets = new ResourceUnitBuckets(now::get);

    @Test
    void theLimitFollowsTheTenantsSizeAsMicrosoftListsIt() {
        assertThat(ResourceUnitBuckets.limitFor(49)).isEqualTo(3_500);
        assertThat(ResourceUnitBuckets.limitFor(50)).isEqualTo(5_000);
        assertThat(ResourceUnitBuckets.limitFor(500)).isEqualTo(5_000);
        assertThat(ResourceUnitBuckets.limitFor(501)).isEqualTo(8_000);
    }

    @Test
    void requestsCostWhatMicrosoftsTableSaysLessForSelectAndSmallPages() {
        assertThat(RequestCost.of(Endpoint.USERS, Map.of())).isEqualTo(2);
        assertThat(RequestCost.of(Endpoint.USERS, Map.of("$select", "id", "$top", "999")))
                .isEqualTo(1);
        assertThat(RequestCost.of(Endpoint.USERS, Map.of("$select", "id", "$top", "5")))
                .isEqualTo(1);
        assertThat(RequestCost.of(Endpoint.USERS, Map.of("$expand", "manager"))).isEqualTo(3);
        assertThat(RequestCost.of(Endpoint.SUBSCRIBED_SKUS, Map.of())).isEqualTo(3);
        assertThat(RequestCost.of(Endpoint.USERS_DELTA, Map.of("$select", "id")))
                .isEqualTo(1);
        assertThat(RequestCost.of(Endpoint.SUBSCRIPTIONS, Map.of())).isEqualTo(1);
    }

    @Test
    void usageIsReportedFromEightyPercentAndARequestOverTheLimitIsRefusedWithTheWaitItNeeds() {
        buckets.setLimit("t", 100);
        ResourceUnitBuckets.Charge charge = null;
        for (int i = 0; i < 80; i++) {
            charge = charge(1, ThrottlePriority.NORMAL);
        }
        assertThat(charge.refused()).isFalse();
        assertThat(charge.reportedUsage()).isEmpty();
        for (int i = 0; i < 20; i++) {
            charge = charge(1, ThrottlePriority.NORMAL);
        }
        assertThat(charge.refused()).isFalse();
        assertThat(charge.reportedUsage()).contains("1.00");

        ResourceUnitBuckets.Charge refused = charge(3, ThrottlePriority.NORMAL);

        assertThat(refused.refused()).isTrue();
        // 103 units used of 100, draining 10 a second: 3 + 3 must drain before a cost of 3 fits again
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(buckets.refusals("t")).isEqualTo(1);
        now.addAndGet(1_000_000_000L);
        assertThat(charge(3, ThrottlePriority.NORMAL).refused()).isFalse();
    }

    @Test
    void aClientThatRetriesWithoutWaitingStaysThrottledUpToNearlyTwiceTheLimit() {
        buckets.setLimit("t", 100);
        ResourceUnitBuckets.Charge last = null;
        for (int i = 0; i < 400; i++) {
            last = charge(1, ThrottlePriority.NORMAL);
        }
        assertThat(last.refused()).isTrue();
        assertThat(last.reportedUsage()).contains("1.80");
        assertThat(last.retryAfterSeconds()).isEqualTo(9);
    }

    @Test
    void lowPriorityRequestsAreRefusedFirst() {
        buckets.setLimit("t", 100);
        for (int i = 0; i < 90; i++) {
            charge(1, ThrottlePriority.NORMAL);
        }
        assertThat(charge(1, ThrottlePriority.LOW).refused()).isTrue();
        now.addAndGet(200_000_000L);
        assertThat(charge(1, ThrottlePriority.NORMAL).refused()).isFalse();
        assertThat(charge(1, ThrottlePriority.HIGH).refused()).isFalse();
        assertThat(buckets.requests("t", Endpoint.USERS, ThrottlePriority.NORMAL))
                .isEqualTo(91);
        assertThat(buckets.requests("t", Endpoint.USERS, ThrottlePriority.LOW)).isEqualTo(1);
        assertThat(buckets.requests("t", Endpoint.SUBSCRIBED_SKUS, ThrottlePriority.LOW))
                .isZero();
    }

    @Test
    void eachAppOfATenantHasItsOwnBucket() {
        buckets.setLimit("t", 10);
        for (int i = 0; i < 10; i++) {
            buckets.charge("app-1", "t", () -> 0, Endpoint.USERS, 1, ThrottlePriority.NORMAL);
        }
        assertThat(buckets.charge("app-1", "t", () -> 0, Endpoint.USERS, 1, ThrottlePriority.NORMAL)
                        .refused())
                .isTrue();
        assertThat(buckets.charge("app-2", "t", () -> 0, Endpoint.USERS, 1, ThrottlePriority.NORMAL)
                        .refused())
                .isFalse();
    }

    @Test
    void priorityHeaderValuesAreReadAsGraphDoesUnknownOnesNormal() {
        assertThat(ThrottlePriority.of("Low")).isEqualTo(ThrottlePriority.LOW);
        assertThat(ThrottlePriority.of(" high ")).isEqualTo(ThrottlePriority.HIGH);
        assertThat(ThrottlePriority.of("urgent")).isEqualTo(ThrottlePriority.NORMAL);
        assertThat(ThrottlePriority.of(null)).isEqualTo(ThrottlePriority.NORMAL);
    }

    private ResourceUnitBuckets.Charge charge(int cost, ThrottlePriority priority) {
        return buckets.charge("app", "t", () -> 0, Endpoint.USERS, cost, priority);
    }
}
