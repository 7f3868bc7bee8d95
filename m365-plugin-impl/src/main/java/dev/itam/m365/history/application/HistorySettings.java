package dev.itam.m365.history.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * How long the history keeps what: {@code m365.history.retention} (default two years) in all; after
 * {@code m365.history.daily-after} (30 days) one snapshot per licence and day, after {@code
 * m365.history.monthly-after} (a year) one per month.
 */
@ApplicationScoped
public class HistorySettings {

    @Inject
    Config config;

    public Duration retention() {
        return duration("m365.history.retention", "P730D");
    }

    public Duration dailyAfter() {
        return duration("m365.history.daily-after", "P30D");
    }

    public Duration monthlyAfter() {
        return duration("m365.history.monthly-after", "P365D");
    }

    private Duration duration(String key, String fallback) {
        String value = config.getOptionalValue(key, String.class).orElse(fallback);
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalStateException(
                        key + " must be a positive ISO-8601 duration such as " + fallback + "; it is '" + value + "'.");
            }
            return duration;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException(
                    key + " must be an ISO-8601 duration such as " + fallback + "; it is '" + value + "'.", e);
        }
    }
}
