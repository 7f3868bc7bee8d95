package dev.itam.m365.tasks.application;

/** A task lost its lease (it lapsed, another instance took over, or the task ran too long): it must stop. */
public class LeaseLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LeaseLostException(String message) {
        super(message);
    }
}
