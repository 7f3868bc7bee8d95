package dev.itam.m365.licensing.domain;

/**
 * Who consumes a product. {@link #MICROSOFT_365} marks consumers found by the import (M-7); it is
 * reserved to the import, so a product created by hand cannot choose it.
 */
public enum ConsumerType {
    USER(true),
    DEVICE(true),
    MICROSOFT_365(false);

    private final boolean selectableByHand;

    ConsumerType(boolean selectableByHand) {
        this.selectableByHand = selectableByHand;
    }

    public boolean selectableByHand() {
        return selectableByHand;
    }
}
