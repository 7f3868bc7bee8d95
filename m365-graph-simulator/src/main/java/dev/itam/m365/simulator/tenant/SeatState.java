package dev.itam.m365.simulator.tenant;

import java.util.Optional;

/**
 * The states of a subscription whose licences count in {@code subscribedSkus.prepaidUnits}, in the
 * order that decides a SKU's {@code capabilityStatus}. A deleted subscription counts nowhere.
 */
public enum SeatState {
    ENABLED("Enabled"),
    WARNING("Warning"),
    SUSPENDED("Suspended"),
    LOCKED_OUT("LockedOut");

    private final String status;

    SeatState(String status) {
        this.status = status;
    }

    /** The subscription status Graph reports for this state. */
    public String status() {
        return status;
    }

    /** The seat state of a subscription status; empty for {@code Deleted} and statuses Microsoft may add. */
    public static Optional<SeatState> of(String status) {
        for (SeatState state : values()) {
            if (state.status.equals(status)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
