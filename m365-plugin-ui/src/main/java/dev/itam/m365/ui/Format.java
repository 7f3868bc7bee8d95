package dev.itam.m365.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Moments, days and figures as admins read them in the pages, in the reader's language
 * ({@link Texts#locale()}): moments to the second, in UTC, the zone the server logs use; lifecycle
 * dates to the day, since Microsoft's renewals and deletions are day-grained. English keeps the
 * ISO notation (2026-12-07 14:05:00 UTC, 1,234.5), German writes 07.12.2026 14:05:00 UTC and 1.234,5.
 */
@Named
@ApplicationScoped
public class Format {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final DateTimeFormatter MOMENT_DE =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_DE =
            DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH_DE = DateTimeFormatter.ofPattern("MM.yyyy");

    public String instant(Instant moment) {
        return instant(moment, Texts.locale());
    }

    static String instant(Instant moment, Locale locale) {
        return moment == null ? "" : (german(locale) ? MOMENT_DE : MOMENT).format(moment);
    }

    public String date(Instant moment) {
        return moment == null ? "" : (german() ? DAY_DE : DAY).format(moment);
    }

    /** A calendar day, such as a client secret's expiry. */
    public String day(LocalDate day) {
        return day(day, Texts.locale());
    }

    static String day(LocalDate day, Locale locale) {
        return day == null ? "" : (german(locale) ? DAY_DE : DAY).format(day);
    }

    /** A month of the cost history: 2026-12, in German 12.2026. */
    public String month(LocalDate firstDay) {
        return firstDay == null ? "" : (german() ? MONTH_DE : MONTH).format(YearMonth.from(firstDay));
    }

    /** A count with the reader's digit grouping: 1,234 (German 1.234). */
    public String number(long count) {
        return NumberFormat.getIntegerInstance(Texts.locale()).format(count);
    }

    /** A decimal with exactly its own scale in the reader's notation: 1,234.50 (German 1.234,50). */
    public String decimal(BigDecimal amount) {
        return decimal(amount, Texts.locale());
    }

    static String decimal(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        DecimalFormat decimal = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        int scale = Math.max(amount.scale(), 0);
        decimal.setMinimumFractionDigits(scale);
        decimal.setMaximumFractionDigits(scale);
        return decimal.format(amount);
    }

    private static boolean german() {
        return german(Texts.locale());
    }

    private static boolean german(Locale locale) {
        return locale.getLanguage().equals(Locale.GERMAN.getLanguage());
    }
}
