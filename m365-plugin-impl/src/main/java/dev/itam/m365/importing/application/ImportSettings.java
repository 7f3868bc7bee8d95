package dev.itam.m365.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.Config;

/**
 * {@code m365.tasks.import.full-interval} (an ISO-8601 duration, a day unless set): how old a
 * portal's last full import may be for a scheduled import to read only the users' changes. Graph's
 * change tracking gives neither sign-ins nor changes of failed assignments, so a full import comes
 * at least this often; {@code PT0S} makes every import full.
 */
@ApplicationScoped
public class ImportSettings {

    static final String FULL_INTERVAL = "m365.tasks.import.full-interval";

    @Inject
    Config config;

    public Duration fullInterval() {
        String value = config.getOptionalValue(FULL_INTERVAL, String.class)
                .orElse("P1D")
                .strip();
        try {
            Duration interval = Duration.parse(value);
            if (interval.isNegative()) {
                throw new IllegalStateException(FULL_INTERVAL + " is " + value + ": give a duration of zero or more.");
            }
            return interval;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    FULL_INTERVAL + " is '" + value + "', not an ISO-8601 duration such as P1D or PT12H.", e);
        }
    }
}
