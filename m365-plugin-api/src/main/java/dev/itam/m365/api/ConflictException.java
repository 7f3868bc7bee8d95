package dev.itam.m365.api;

import java.util.List;

/** Input collides with what is already stored (a duplicate name, a concurrent change). */
public class ConflictException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ConflictException(List<Violation> violations) {
        super(violations);
    }
}
