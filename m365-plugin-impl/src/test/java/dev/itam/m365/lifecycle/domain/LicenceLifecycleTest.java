package dev.itam.m365.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.lifecycle.Lifecycle;
import dev.itam.m365.api.lifecycle.LifecycleEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenceLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aPaidEnabledSubscriptionMakesTheLicenceActiveWhileAnotherIsInItsGracePeriod() {
        LicenceLifecycle lifecycle = LicenceLifecycle.of(
                "Enabled",
                List.of(subscription("a", "Warning", false, in(12)), subscription("b", "Enabled", false, in(200))),
                NOW);

        assertThat(lifecycle)
                .isEqualTo(new LicenceLifecycle(Lifecycle.ACTIVE, in(12), LifecycleEvent.GRACE_PERIOD_END));
    }

    @Test
    void onlyTrialsMakeATrialThatEndsAtItsDate() {
        assertThat(LicenceLifecycle.of("Enabled", List.of(subscription("a", "Enabled", true, in(15))), NOW))
                .isEqualTo(new LicenceLifecycle(Lifecycle.TRIAL, in(15), LifecycleEvent.TRIAL_END));
    }

    @Test
    void theEarliestChangeStillToComeIsNextAndPastDatesAreNot() {
        LicenceLifecycle lifecycle = LicenceLifecycle.of(
                "Enabled",
                List.of(
                        subscription("past", "Enabled", false, in(-3)),
                        subscription("late", "Enabled", false, in(265)),
                        subscription("soon", "Enabled", false, in(25))),
                NOW);

        assertThat(lifecycle).isEqualTo(new LicenceLifecycle(Lifecycle.ACTIVE, in(25), LifecycleEvent.RENEWAL));
    }

    @Test
    void eachStatusGivesItsLifecycleAndEvent() {
        assertThat(LicenceLifecycle.of("Warning", List.of(subscription("a", "Warning", false, in(12))), NOW))
                .isEqualTo(new LicenceLifecycle(Lifecycle.GRACE_PERIOD, in(12), LifecycleEvent.GRACE_PERIOD_END));
        assertThat(LicenceLifecycle.of("Suspended", List.of(subscription("a", "Suspended", false, in(60))), NOW))
                .isEqualTo(new LicenceLifecycle(Lifecycle.SUSPENDED, in(60), LifecycleEvent.DELETION));
        assertThat(LicenceLifecycle.of("LockedOut", List.of(subscription("a", "LockedOut", false, in(45))), NOW))
                .isEqualTo(new LicenceLifecycle(Lifecycle.LOCKED_OUT, in(45), LifecycleEvent.DELETION));
        assertThat(LicenceLifecycle.of("Deleted", List.of(subscription("a", "Deleted", false, in(5))), NOW))
                .isEqualTo(new LicenceLifecycle(Lifecycle.LOCKED_OUT, null, null));
    }

    @Test
    void aFreeSkuWithoutADateHasNoNextChange() {
        assertThat(LicenceLifecycle.of("Enabled", List.of(subscription("a", "Enabled", false, null)), NOW))
                .isEqualTo(new LicenceLifecycle(Lifecycle.ACTIVE, null, null));
    }

    @Test
    void withoutSubscriptionsOrWithOnlyUnknownOnesTheSkusCapabilityStatusDecides() {
        assertThat(LicenceLifecycle.of("Warning", List.of(), NOW))
                .isEqualTo(new LicenceLifecycle(Lifecycle.GRACE_PERIOD, null, null));
        assertThat(LicenceLifecycle.of("suspended", List.of(subscription("a", "SomethingNew", false, in(3))), NOW))
                .isEqualTo(new LicenceLifecycle(Lifecycle.SUSPENDED, null, null));
        assertThat(LicenceLifecycle.of("SomethingNew", List.of(), NOW))
                .isEqualTo(new LicenceLifecycle(null, null, null));
    }

    private static Instant in(int days) {
        return NOW.plus(Duration.ofDays(days));
    }

    private static SubscriptionEntity subscription(String id, String status, boolean trial, Instant next) {
        return new SubscriptionEntity(
                null, new SubscriptionReport(id, "c-" + id, "sku", status, 10, trial, NOW.minusSeconds(86_400), next));
    }
}
