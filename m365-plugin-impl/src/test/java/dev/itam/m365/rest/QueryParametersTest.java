package dev.itam.m365.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private static final String MAX_RULE = "'max' is a page size: a whole number from 1 to 1000.";

    @Test
    void aNumberInItsRangeIsReadAndAnAbsentOneIsEmpty() {
        QueryParameters query = new QueryParameters();
        assertThat(query.number("max", "1000", 1, 1000, MAX_RULE)).contains(1000);
        assertThat(query.number("max", " 1 ", 1, 1000, MAX_RULE)).contains(1);
        assertThat(query.number("max", null, 1, 1000, MAX_RULE)).isEmpty();
        query.check();
    }

    @Test
    void everyWrongParameterIsRefusedTogetherNamingItsValues() {
        QueryParameters query = new QueryParameters();
        assertThat(query.number("max", "-1", 1, 1000, MAX_RULE)).isEmpty();
        assertThat(query.number("first", "abc", 0, Integer.MAX_VALUE, "'first' counts from 0."))
                .isEmpty();
        assertThat(query.number("limit", "99999999999", 1, 1000, "'limit' is from 1 to 1000."))
                .isEmpty();
        assertThat(query.number("limit", "", 1, 1000, "'limit' is from 1 to 1000."))
                .isEmpty();
        assertThat(query.id("portalId", "abc")).isEmpty();
        assertThat(query.id("portalId", "0")).isEmpty();
        assertThat(query.flag("recalculate", "yes")).isFalse();

        assertThatThrownBy(query::check)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        new Violation("max", MAX_RULE),
                                        new Violation("first", "'first' counts from 0."),
                                        new Violation("limit", "'limit' is from 1 to 1000."),
                                        new Violation("limit", "'limit' is from 1 to 1000."),
                                        new Violation(
                                                "portalId",
                                                "'portalId' is the id of a stored item: a whole number from 1."),
                                        new Violation(
                                                "portalId",
                                                "'portalId' is the id of a stored item: a whole number from 1."),
                                        new Violation("recalculate", "'recalculate' is true or false.")));
    }

    @Test
    void idsAndFlagsAreReadExactly() {
        QueryParameters query = new QueryParameters();
        assertThat(query.id("portalId", "42")).isEqualTo(Optional.of(42L));
        assertThat(query.id("portalId", null)).isEmpty();
        assertThat(query.flag("recalculate", "true")).isTrue();
        assertThat(query.flag("recalculate", "false")).isFalse();
        assertThat(query.flag("recalculate", null)).isFalse();
        query.check();
    }

    enum Colour {
        RED,
        GREEN
    }

    @Test
    void constantsAreReadByTheirExactNameAndAllowedNumbersByValue() {
        QueryParameters query = new QueryParameters();
        assertThat(query.constant("colour", " GREEN ", Colour.class)).contains(Colour.GREEN);
        assertThat(query.constant("colour", null, Colour.class)).isEmpty();
        assertThat(query.oneOf("days", "60", List.of(30, 60), "'days' is 30 or 60."))
                .contains(60);
        assertThat(query.oneOf("days", null, List.of(30, 60), "'days' is 30 or 60."))
                .isEmpty();
        query.check();

        assertThat(query.constant("colour", "green", Colour.class)).isEmpty();
        assertThat(query.oneOf("days", "45", List.of(30, 60), "'days' is 30 or 60."))
                .isEmpty();
        assertThat(query.oneOf("days", "x", List.of(30, 60), "'days' is 30 or 60."))
                .isEmpty();
        assertThatThrownBy(query::check)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        new Violation("colour", "'colour' is one of RED, GREEN."),
                                        new Violation("days", "'days' is 30 or 60."),
                                        new Violation("days", "'days' is 30 or 60.")));
    }

    @Test
    void aMomentIsAUtcInstantOrADayWhichAnEndIncludes() {
        QueryParameters query = new QueryParameters();
        assertThat(query.moment("from", "2026-12-31T08:30:00Z", false)).contains(Instant.parse("2026-12-31T08:30:00Z"));
        assertThat(query.moment("from", " 2026-12-31 ", false)).contains(Instant.parse("2026-12-31T00:00:00Z"));
        assertThat(query.moment("to", "2026-12-31", true)).contains(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(query.moment("to", null, true)).isEmpty();
        query.check();

        assertThat(query.moment("from", "yesterday", false)).isEmpty();
        assertThat(query.moment("to", "2026-12-31T08:30", true)).isEmpty();
        assertThatThrownBy(query::check)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("from", "to"));
    }
}
