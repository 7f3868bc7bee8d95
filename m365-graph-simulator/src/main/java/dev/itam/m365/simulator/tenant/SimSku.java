package dev.itam.m365.simulator.tenant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A SKU the tenant subscribes to. Its seats are not stored: {@code subscribedSkus} derives them
 * from the subscriptions behind it (one or more, like Microsoft's), and consumed units are kept by
 * the tenant from the users' assignments.
 */
public final class SimSku {

    final CatalogueSku catalogue;
    final List<SimSubscription> subscriptions = new ArrayList<>(2);
    AppliesTo appliesTo = AppliesTo.USER;
    int consumed;

    SimSku(CatalogueSku catalogue) {
        this.catalogue = catalogue;
    }

    public String skuId() {
        return catalogue.skuId();
    }

    public String partNumber() {
        return catalogue.partNumber();
    }

    public List<CatalogueSku.ServicePlan> servicePlans() {
        return catalogue.servicePlans();
    }

    public AppliesTo appliesTo() {
        return appliesTo;
    }

    public List<SimSubscription> subscriptions() {
        return Collections.unmodifiableList(subscriptions);
    }

    /** The licences of the SKU's subscriptions in {@code state}. */
    public int seats(SeatState state) {
        return subscriptions.stream()
                .filter(s -> s.status.equals(state.status()))
                .mapToInt(SimSubscription::totalLicenses)
                .sum();
    }

    public int enabled() {
        return seats(SeatState.ENABLED);
    }

    public int suspended() {
        return seats(SeatState.SUSPENDED);
    }

    public int warning() {
        return seats(SeatState.WARNING);
    }

    public int lockedOut() {
        return seats(SeatState.LOCKED_OUT);
    }

    /**
     * The best state among the subscriptions (Enabled, then Warning, Suspended, LockedOut); when
     * none is in one of these, the first subscription's status (normally Deleted).
     */
    public String capabilityStatus() {
        for (SeatState state : SeatState.values()) {
            if (subscriptions.stream().anyMatch(s -> s.status.equals(state.status()))) {
                return state.status();
            }
        }
        return subscriptions.isEmpty() ? SimSubscription.DELETED : subscriptions.get(0).status;
    }

    public int consumed() {
        return consumed;
    }
}
