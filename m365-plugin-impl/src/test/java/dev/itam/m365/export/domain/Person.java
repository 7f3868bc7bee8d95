package dev.itam.m365.export.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A row of every kind of cell, for the writers' tests. */
record Person(long id, String name, BigDecimal cost, Instant seen, Boolean enabled, Kind kind) {

    enum Kind {
        MEMBER,
        GUEST
    }

    static final ExportTable<Person> TABLE = new ExportTable<>(
            "people",
            List.of(
                    Column.number("id", Person::id),
                    Column.text("name", Person::name),
                    Column.number("cost", Person::cost),
                    Column.instant("seen", Person::seen),
                    Column.flag("enabled", Person::enabled),
                    Column.text("kind", Person::kind)));

    static final Person ANN = new Person(
            1,
            "Smith, Ann \"Annie\"",
            new BigDecimal("20.83"),
            Instant.parse("2025-01-02T03:04:05Z"),
            true,
            Kind.GUEST);
    static final Person EVIL = new Person(-2, "=HYPERLINK(\"http://evil.example\",\"x\")", null, null, null, null);
}
