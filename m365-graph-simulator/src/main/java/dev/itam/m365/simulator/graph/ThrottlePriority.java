package dev.itam.m365.simulator.graph;

import java.util.Locale;

/**
 * A request's {@code x-ms-throttle-priority}: Graph throttles low ones first, then normal, then high;
 * a missing or unknown value is normal. The header does not change the limits.
 */
public enum ThrottlePriority {
    LOW,
    NORMAL,
    HIGH;

    static ThrottlePriority of(String header) {
        if (header == null) {
            return NORMAL;
        }
        return switch (header.strip().toLowerCase(Locale.ROOT)) {
            case "low" -> LOW;
            case "high" -> HIGH;
            default -> NORMAL;
        };
    }
}
