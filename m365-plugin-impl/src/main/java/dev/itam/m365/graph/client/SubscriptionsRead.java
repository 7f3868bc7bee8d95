package dev.itam.m365.graph.client;

import java.util.List;
import java.util.Optional;

/**
 * The tenant's subscriptions, or why Graph would not give them (the app lacks the permission).
 *
 * @param deniedBecause Graph's refusal, null when read
 */
public record SubscriptionsRead(List<CompanySubscription> subscriptions, String deniedBecause) {

    static SubscriptionsRead read(List<CompanySubscription> subscriptions) {
        return new SubscriptionsRead(List.copyOf(subscriptions), null);
    }

    static SubscriptionsRead denied(String reason) {
        return new SubscriptionsRead(List.of(), reason);
    }

    /** The subscriptions, when Graph gave them. */
    public Optional<List<CompanySubscription>> ifRead() {
        return deniedBecause == null ? Optional.of(subscriptions) : Optional.empty();
    }
}
