package dev.itam.m365.api;

import java.util.List;
import java.util.stream.Collectors;

/** Input broke one or more rules; nothing was stored. */
public class InvalidInputException extends PluginException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
