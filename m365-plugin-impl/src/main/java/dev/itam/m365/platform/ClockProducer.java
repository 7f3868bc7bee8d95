package dev.itam.m365.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneOffset;

/** The one clock the plugin reads time from: UTC, in milliseconds, which every supported database keeps exactly. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
