package dev.itam.m365.ui;

import dev.itam.m365.api.ConcurrentChangeException;
import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.PluginException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.importing.TenantUnreachableException;
import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.monitor.TaskInProgressException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's sentences for admins in the reader's language. The services speak English; for
 * English readers their sentences are shown as they are. For others:
 *
 * <ul>
 *   <li>a rule violation with a code ({@link Violation#code()}) is shown as the bundle's
 *       {@code violation.<code>}, filled with its arguments (whole numbers and days in the reader's
 *       notation); one without a code, or with a code the bundle lacks, in English;
 *   <li>a failed run or connection test (M-12) is shown as its category's sentence
 *       ({@code failure.<CATEGORY>}) followed by the service's English details, which carry Graph's
 *       or Entra ID's own code and message;
 *   <li>"there is no … with id …", a run in progress and an unreachable tenant likewise: the
 *       translated sentence, then the English one where it has details; a change that lost a race
 *       ({@link ConcurrentChangeException}) as its translated sentence alone.
 * </ul>
 */
@Named
@ApplicationScoped
public class Errors {

    private static final Pattern NOT_FOUND = Pattern.compile(
            "There is no (portal|licence|product|product folder|task run|user \\(contact\\)) with id (\\d+)[.;].*");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,40}(\\.\\d{1,40})?");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    /** A violation's sentence for the reader. */
    public static String violation(Violation violation) {
        if (Texts.english() || violation.code() == null) {
            return violation.message();
        }
        return violation(Texts.locale(), violation);
    }

    /**
     * A coded violation's sentence in {@code locale}, English without a translation. An argument the
     * translation declares a number ({@code {0,number}}) is written as a decimal with its own decimals;
     * any other as {@link #argument} reads it.
     */
    static String violation(Locale locale, Violation violation) {
        String pattern;
        try {
            pattern = Texts.bundle(locale).getString("violation." + violation.code());
        } catch (MissingResourceException missing) {
            return violation.message();
        }
        List<String> arguments = violation.arguments() == null ? List.of() : violation.arguments();
        if (arguments.isEmpty()) {
            return pattern;
        }
        MessageFormat sentence = new MessageFormat(pattern, locale);
        java.text.Format[] formats = sentence.getFormatsByArgumentIndex();
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            String text = arguments.get(i);
            if (i < formats.length && formats[i] instanceof DecimalFormat) {
                // the decimals as given (20.50 stays 20,50); a text cut short stays text
                sentence.setFormatByArgumentIndex(i, null);
                values[i] = text != null && DECIMAL.matcher(text).matches()
                        ? Format.decimal(new BigDecimal(text), locale)
                        : String.valueOf(text);
            } else {
                values[i] = argument(text, locale);
            }
        }
        return sentence.format(values);
    }

    /** A run's or a connection test's error for the reader; empty without one. */
    public String failure(FailureCategory category, String message) {
        return failureText(category, message);
    }

    public static String failureText(FailureCategory category, String message) {
        if (message == null) {
            return "";
        }
        if (Texts.english() || category == null) {
            return message;
        }
        String sentence = Texts.optional("failure." + category.name());
        return sentence == null ? message : Texts.text("failure.withDetails", sentence, message);
    }

    /** A refusal of the plugin other than broken rules, for a page message. */
    public static String refusal(PluginException refusal) {
        String message = refusal.getMessage();
        if (Texts.english() || message == null) {
            return message;
        }
        if (refusal instanceof TenantUnreachableException unreachable) {
            return failureText(unreachable.category(), message);
        }
        if (refusal instanceof ConcurrentChangeException) {
            return Texts.text("refusal.concurrentChange");
        }
        if (refusal instanceof TaskInProgressException) {
            return Texts.text("refusal.inProgress", message);
        }
        if (refusal instanceof NotFoundException) {
            Matcher matcher = NOT_FOUND.matcher(message);
            if (matcher.matches()) {
                return Texts.text("refusal.notFound." + matcher.group(1).replaceAll("[^a-z]", ""), matcher.group(2));
            }
            return Texts.text("refusal.notFound", message);
        }
        if (refusal instanceof InvalidInputException invalid) {
            return String.join(
                    "; ",
                    invalid.violations().stream()
                            .map(v -> v.field() + ": " + violation(v))
                            .toList());
        }
        return message;
    }

    /**
     * Whole numbers as numbers (grouped in the reader's notation), ISO days as the reader writes days
     * and ISO moments (such as a certificate's expiry) as the reader writes moments.
     */
    private static Object argument(String text, Locale locale) {
        if (text == null) {
            return "";
        }
        if (WHOLE_NUMBER.matcher(text).matches()) {
            return Long.valueOf(text);
        }
        if (INSTANT.matcher(text).matches()) {
            try {
                return Format.instant(Instant.parse(text), locale);
            } catch (DateTimeParseException notAMoment) {
                return text;
            }
        }
        if (text.length() == 10 && text.charAt(4) == '-') {
            try {
                return Format.day(LocalDate.parse(text), locale);
            } catch (DateTimeParseException notADay) {
                return text;
            }
        }
        return text;
    }
}
