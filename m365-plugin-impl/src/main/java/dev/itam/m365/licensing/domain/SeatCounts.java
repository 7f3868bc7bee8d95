package dev.itam.m365.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A SKU's seats as the tenant reports them; {@code enabled} is the owned quantity. */
@Embeddable
public class SeatCounts {

    @Column(name = "ENABLED_UNITS", nullable = false)
    private int enabled;

    @Column(name = "SUSPENDED_UNITS", nullable = false)
    private int suspended;

    @Column(name = "WARNING_UNITS", nullable = false)
    private int warning;

    @Column(name = "LOCKED_OUT_UNITS", nullable = false)
    private int lockedOut;

    @Column(name = "CONSUMED_UNITS", nullable = false)
    private int consumed;

    protected SeatCounts() {}

    public SeatCounts(int enabled, int suspended, int warning, int lockedOut, int consumed) {
        this.enabled = enabled;
        this.suspended = suspended;
        this.warning = warning;
        this.lockedOut = lockedOut;
        this.consumed = consumed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeatCounts seats
                && enabled == seats.enabled
                && suspended == seats.suspended
                && warning == seats.warning
                && lockedOut == seats.lockedOut
                && consumed == seats.consumed;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(enabled, suspended, warning, lockedOut, consumed);
    }

    public int enabled() {
        return enabled;
    }

    public int suspended() {
        return suspended;
    }

    public int warning() {
        return warning;
    }

    public int lockedOut() {
        return lockedOut;
    }

    public int consumed() {
        return consumed;
    }
}
