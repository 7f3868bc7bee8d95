package dev.itam.m365.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moments as admins read them in the pages: to the second, in UTC, the zone the server logs use. */
@Named
@ApplicationScoped
public class Format {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String instant(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }
}
