package dev.itam.m365.rest;

/** The request body is not what the operation reads; the message says what it must be. */
public class UnreadableBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableBodyException(String message) {
        super(message);
    }
}
