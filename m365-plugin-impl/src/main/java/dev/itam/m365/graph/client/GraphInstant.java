package dev.itam.m365.graph.client;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Graph's ISO-8601 instants, read leniently: a date this version cannot read, and one outside the
 * years the databases store, is none. Graph writes them in UTC as {@code 2021-06-17T16:41:33Z},
 * sometimes with a fraction of up to seven digits; that form is read by hand, as a full import reads
 * four of them for each of 100,000 users and {@link OffsetDateTime#parse} costs several times as
 * much; any other form (an offset, a longer year) goes through it, with the same result.
 */
final class GraphInstant {

    /**
     * Dates outside these are taken as none: Graph's zero date (year 1) means "never", and MariaDB
     * stores years 1000 to 9999 only.
     */
    private static final Instant EARLIEST = Instant.EPOCH;

    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    /** {@code yyyy-MM-ddTHH:mm:ss}: where an optional fraction and the {@code Z} begin. */
    private static final int SECONDS_END = 19;

    private GraphInstant() {}

    /** Null for none, an unreadable text, or an instant outside {@link #EARLIEST} and {@link #LATEST}. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        Instant instant = utc(stripped);
        if (instant == null) {
            try {
                instant = OffsetDateTime.parse(stripped).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? null : instant;
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.fffffffff]Z}, null for any other text. */
    private static Instant utc(String text) {
        int length = text.length();
        if (length < SECONDS_END + 1
                || text.charAt(length - 1) != 'Z'
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, SECONDS_END);
        int nanos = fraction(text, SECONDS_END, length - 1);
        if (year < 0
                || month < 0
                || day < 0
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || nanos < 0) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The nanoseconds of an empty text or of {@code .f} to {@code .fffffffff}; -1 for anything else. */
    private static int fraction(String text, int from, int to) {
        if (from == to) {
            return 0;
        }
        int digits = to - from - 1;
        if (text.charAt(from) != '.' || digits < 1 || digits > 9) {
            return -1;
        }
        int value = digits(text, from + 1, to);
        for (int i = digits; i < 9 && value >= 0; i++) {
            value *= 10;
        }
        return value;
    }

    /** The number the ASCII digits between {@code from} and {@code to} write; -1 when any is no digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
