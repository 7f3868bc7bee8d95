package dev.itam.m365.simulator.tenant;

/** A control request named a user, SKU or app the tenant does not have. */
public class UnknownItemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownItemException(String message) {
        super(message);
    }
}
