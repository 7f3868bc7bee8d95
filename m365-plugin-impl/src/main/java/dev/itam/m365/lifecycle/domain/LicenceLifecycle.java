package dev.itam.m365.lifecycle.domain;

import dev.itam.m365.api.lifecycle.Lifecycle;
import dev.itam.m365.api.lifecycle.LifecycleEvent;
import dev.itam.m365.api.lifecycle.SubscriptionStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a licence stands, read from its subscriptions: the most usable one decides (a paid enabled
 * subscription makes the licence active even while another is in its grace period), and the next
 * change is the earliest still to come among all of them. Without subscriptions (the app may not
 * read them) the SKU's capability status decides and no change is known.
 *
 * @param lifecycle null when neither subscriptions nor the capability status say anything known
 */
public record LicenceLifecycle(Lifecycle lifecycle, Instant nextAt, LifecycleEvent nextEvent) {

    public static LicenceLifecycle of(String capabilityStatus, List<SubscriptionEntity> subscriptions, Instant now) {
        Lifecycle lifecycle = fromSubscriptions(subscriptions).orElseGet(() -> fromCapability(capabilityStatus));
        Optional<SubscriptionEntity> next = subscriptions.stream()
                .filter(s -> s.changesAfter(now))
                .min(Comparator.comparing(SubscriptionEntity::nextLifecycleAt));
        return new LicenceLifecycle(
                lifecycle,
                next.map(SubscriptionEntity::nextLifecycleAt).orElse(null),
                next.map(SubscriptionEntity::nextEvent).orElse(null));
    }

    private static Optional<Lifecycle> fromSubscriptions(List<SubscriptionEntity> subscriptions) {
        if (has(subscriptions, SubscriptionStatus.ENABLED, false)) {
            return Optional.of(Lifecycle.ACTIVE);
        }
        if (has(subscriptions, SubscriptionStatus.ENABLED, true)) {
            return Optional.of(Lifecycle.TRIAL);
        }
        if (has(subscriptions, SubscriptionStatus.WARNING)) {
            return Optional.of(Lifecycle.GRACE_PERIOD);
        }
        if (has(subscriptions, SubscriptionStatus.SUSPENDED)) {
            return Optional.of(Lifecycle.SUSPENDED);
        }
        if (has(subscriptions, SubscriptionStatus.LOCKED_OUT) || has(subscriptions, SubscriptionStatus.DELETED)) {
            return Optional.of(Lifecycle.LOCKED_OUT);
        }
        return Optional.empty();
    }

    private static Lifecycle fromCapability(String capabilityStatus) {
        return switch (SubscriptionStatus.ofGraph(capabilityStatus)) {
            case ENABLED -> Lifecycle.ACTIVE;
            case WARNING -> Lifecycle.GRACE_PERIOD;
            case SUSPENDED -> Lifecycle.SUSPENDED;
            case LOCKED_OUT, DELETED -> Lifecycle.LOCKED_OUT;
            case UNKNOWN -> null;
        };
    }

    private static boolean has(List<SubscriptionEntity> subscriptions, SubscriptionStatus status) {
        return subscriptions.stream().anyMatch(s -> s.status() == status);
    }

    private static boolean has(List<SubscriptionEntity> subscriptions, SubscriptionStatus status, boolean trial) {
        return subscriptions.stream().anyMatch(s -> s.status() == status && s.trial() == trial);
    }
}
