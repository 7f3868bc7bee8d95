package dev.itam.m365.lifecycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * {@code m365.lifecycle.alert-window} (ISO-8601, 30 days by default): how far ahead coming changes
 * are listed by default and alerted on.
 */
@ApplicationScoped
public class LifecycleSettings {

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    @Inject
    Config config;

    public Duration alertWindow() {
        Duration window = config.getOptionalValue("m365.lifecycle.alert-window", String.class)
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(Duration::parse)
                .orElse(DEFAULT_WINDOW);
        return window.isNegative() ? Duration.ZERO : window;
    }
}
