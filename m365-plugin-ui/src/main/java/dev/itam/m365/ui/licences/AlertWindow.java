package dev.itam.m365.ui.licences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * {@code m365.lifecycle.alert-window} as the licences page reads it (ISO-8601, 30 days by default,
 * never negative, like the plugin's alerts): the page asks for the coming changes within it, so its
 * heading names the very window the rows come from. Read at every call, like the plugin does, so a
 * changed setting shows without a redeployment.
 */
@ApplicationScoped
public class AlertWindow {

    static final Duration DEFAULT = Duration.ofDays(30);

    @Inject
    Config config;

    public Duration duration() {
        return of(config.getOptionalValue("m365.lifecycle.alert-window", String.class)
                .orElse(null));
    }

    /** The window a setting's value stands for. */
    static Duration of(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT;
        }
        Duration window = Duration.parse(setting.strip());
        return window.isNegative() ? Duration.ZERO : window;
    }
}
