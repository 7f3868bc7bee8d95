package dev.itam.m365.portal.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * How long a portal's figures stay current without a successful import, and why that long: twice
 * the import interval, so one failed tick is not yet news, or a limit an admin set.
 */
public record StaleAfter(Duration limit, String reason) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public static StaleAfter twiceTheImportInterval(Duration interval) {
        return new StaleAfter(interval.multipliedBy(2), "twice the import interval");
    }

    public static StaleAfter configured(Duration limit) {
        return new StaleAfter(limit, "m365.portals.stale-after");
    }

    /**
     * Since when the figures are as they are, once they are stale: the last successful import, or
     * the portal's creation when none succeeded.
     */
    public Optional<Instant> staleSince(Instant lastImportAt, Instant createdAt, Instant now) {
        Instant since = lastImportAt != null ? lastImportAt : createdAt;
        return now.isAfter(since.plus(limit)) ? Optional.of(since) : Optional.empty();
    }

    public String message(String portalName, Instant lastImportAt, Instant since) {
        String when = MINUTE.format(since.atOffset(ZoneOffset.UTC));
        String last = lastImportAt != null
                ? "Data stale since " + when + ", the last successful import of portal '" + portalName + "'"
                : "No import of portal '" + portalName + "' has succeeded since it was added on " + when;
        return last + ": none for more than " + spoken(limit) + " (" + reason
                + "). The task monitor shows why its imports failed.";
    }

    private static String spoken(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 != 0) {
            return minutes + " minutes";
        }
        long hours = minutes / 60;
        return hours == 1 ? "an hour" : hours + " hours";
    }
}
