package dev.itam.m365.api.licensing;

/**
 * Who consumes a product. {@link #MICROSOFT_365} marks consumers found by the import (M-7); it is
 * reserved to the import, so a product created by hand cannot choose it.
 */
public enum ConsumerType {
    /** Consumed by users. */
    USER(true),
    /** Consumed by devices. */
    DEVICE(true),
    /** The users the Microsoft 365 import found holding the licence. */
    MICROSOFT_365(false);

    private final boolean selectableByHand;

    ConsumerType(boolean selectableByHand) {
        this.selectableByHand = selectableByHand;
    }

    /** Whether an admin may give this type to a product created by hand. */
    public boolean selectableByHand() {
        return selectableByHand;
    }
}
