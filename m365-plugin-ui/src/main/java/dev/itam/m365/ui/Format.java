package dev.itam.m365.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moments as admins read them in the pages: to the second, in UTC, the zone the server logs use;
 * lifecycle dates to the day, since Microsoft's renewals and deletions are day-grained.
 */
@Named
@ApplicationScoped
public class Format {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    public String instant(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    public String date(Instant moment) {
        return moment == null ? "" : DAY.format(moment);
    }
}
