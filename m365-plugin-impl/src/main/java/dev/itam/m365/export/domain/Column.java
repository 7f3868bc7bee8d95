package dev.itam.m365.export.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an exported table: its header, what kind of cell it holds, and how a row gives its
 * value (null for an empty cell). The kind decides how each format writes it: a number is a numeric
 * cell in XLSX and uses the locale's decimal mark in CSV, an instant a date cell, text is defused.
 *
 * @param <T> the type of the exported rows
 */
public record Column<T>(String header, CellKind kind, Function<? super T, ?> value) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** Text, or an enum constant by its name. */
    public static <T> Column<T> text(String header, Function<? super T, ?> value) {
        return new Column<>(header, CellKind.TEXT, value);
    }

    /** A whole number or a decimal ({@link Integer}, {@link Long}, {@link BigDecimal}). */
    public static <T> Column<T> number(String header, Function<? super T, ? extends Number> value) {
        return new Column<>(header, CellKind.NUMBER, value);
    }

    /** A point in time, in UTC. */
    public static <T> Column<T> instant(String header, Function<? super T, Instant> value) {
        return new Column<>(header, CellKind.INSTANT, value);
    }

    /** True or false. */
    public static <T> Column<T> flag(String header, Function<? super T, Boolean> value) {
        return new Column<>(header, CellKind.FLAG, value);
    }

    /** The cell of one row. */
    Object of(T row) {
        return value.apply(row);
    }

    /** What a column holds, so each format writes it as the spreadsheet reads it best. */
    public enum CellKind {
        TEXT,
        NUMBER,
        INSTANT,
        FLAG
    }
}
