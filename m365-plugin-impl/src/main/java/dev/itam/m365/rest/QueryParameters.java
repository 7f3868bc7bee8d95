package dev.itam.m365.rest;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request's query parameters, read from their text: JAX-RS answers a value it cannot convert with
 * a bare 404, where an admin needs a 400 naming the parameter and the values it takes. Every wrong
 * parameter is collected; {@link #check()} refuses them together.
 */
public final class QueryParameters {

    private final List<Violation> violations = new ArrayList<>();

    /**
     * A whole number from {@code min} to {@code max}, or empty when the parameter is absent.
     *
     * @param rule what the parameter takes, in words, e.g. "'max' is a page size from 1 to 1000."
     */
    public Optional<Integer> number(String name, String value, int min, int max, String rule) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // refused below, in the same words as a number out of range
        }
        violations.add(new Violation(name, rule));
        return Optional.empty();
    }

    /**
     * An ISO-8601 duration ({@code P30D}, {@code PT12H}) from {@code min} to {@code max}, or empty
     * when the parameter is absent.
     */
    public Optional<Duration> duration(String name, String value, Duration min, Duration max, String rule) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            Duration duration = Duration.parse(value.strip());
            if (duration.compareTo(min) >= 0 && duration.compareTo(max) <= 0) {
                return Optional.of(duration);
            }
        } catch (DateTimeParseException e) {
            // refused below, in the same words as a duration out of range
        }
        violations.add(new Violation(name, rule));
        return Optional.empty();
    }

    /** A calendar day as ISO-8601 writes it ({@code 2026-12-31}), or empty when the parameter is absent. */
    public Optional<LocalDate> date(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            violations.add(new Violation(name, "'" + name + "' is a day written as YYYY-MM-DD, e.g. 2026-12-31."));
            return Optional.empty();
        }
    }

    /**
     * A moment as ISO-8601 writes it in UTC ({@code 2026-12-31T08:30:00Z}), or a day ({@code
     * 2026-12-31}) taken at its start in UTC, or at the next day's start with {@code throughDay}, so
     * that a day as the end of a range includes it; empty when the parameter is absent.
     */
    public Optional<Instant> moment(String name, String value, boolean throughDay) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.length() == "2026-12-31".length()) {
                LocalDate day = LocalDate.parse(text);
                return Optional.of((throughDay ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
            }
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            violations.add(new Violation(
                    name,
                    "'" + name + "' is a day written as YYYY-MM-DD (2026-12-31) or a moment in UTC"
                            + " (2026-12-31T08:30:00Z)."));
            return Optional.empty();
        }
    }

    /** The id of a stored item (a whole number from 1), or empty when the parameter is absent. */
    public Optional<Long> id(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id >= 1) {
                return Optional.of(id);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        violations.add(new Violation(name, "'" + name + "' is the id of a stored item: a whole number from 1."));
        return Optional.empty();
    }

    /** One of {@code allowed}, or empty when the parameter is absent. */
    public Optional<Integer> oneOf(String name, String value, List<Integer> allowed, String rule) {
        Optional<Integer> number = number(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE, rule);
        if (number.isPresent() && !allowed.contains(number.get())) {
            violations.add(new Violation(name, rule));
            return Optional.empty();
        }
        return number;
    }

    /** A constant of {@code type} by its exact name, or empty when the parameter is absent. */
    public <E extends Enum<E>> Optional<E> constant(String name, String value, Class<E> type) {
        if (value == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return Optional.of(constant);
            }
        }
        violations.add(new Violation(
                name,
                "'" + name + "' is one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + "."));
        return Optional.empty();
    }

    /** {@code true} or {@code false}; absent is false. */
    public boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        violations.add(new Violation(name, "'" + name + "' is true or false."));
        return false;
    }

    /** @throws InvalidInputException naming every parameter that had a wrong value */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
