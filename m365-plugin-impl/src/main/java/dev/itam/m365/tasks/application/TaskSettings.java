package dev.itam.m365.tasks.application;

import dev.itam.m365.api.monitor.TaskType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The schedule: {@code m365.tasks.import.interval} and {@code m365.tasks.recalculation.interval}
 * (ISO-8601 durations, five hours by default, {@code off} to switch one off), {@code
 * m365.tasks.history-rollup.interval} (a day), the recalculation's offset after the import and the
 * roll-up's after midnight UTC, how long a task's lease lasts without renewal, how often a task's
 * heartbeat renews it, and how long a task may run.
 */
@ApplicationScoped
public class TaskSettings {

    private static final Duration DEFAULT_INTERVAL = Duration.ofHours(5);

    private static final double DEFAULT_HEARTBEAT_RENEWAL_FRACTION = 0.25;

    @Inject
    Config config;

    public Optional<Duration> interval(TaskType task) {
        Duration fallback = task == TaskType.HISTORY_ROLLUP ? Duration.ofDays(1) : DEFAULT_INTERVAL;
        String value = config.getOptionalValue("m365.tasks." + key(task) + ".interval", String.class)
                .orElse(fallback.toString())
                .strip();
        if (value.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        Duration interval = Duration.parse(value);
        return interval.isZero() || interval.isNegative() ? Optional.empty() : Optional.of(interval);
    }

    /**
     * How far after the interval's boundaries the task's ticks fall: the recalculation follows the
     * import, the roll-up runs at 00:30 UTC.
     */
    public Duration offset(TaskType task) {
        Duration fallback = switch (task) {
            case RECALCULATION -> Duration.ofMinutes(10);
            case HISTORY_ROLLUP -> Duration.ofMinutes(30);
            default -> Duration.ZERO;
        };
        return config.getOptionalValue("m365.tasks." + key(task) + ".offset", String.class)
                .map(Duration::parse)
                .orElse(fallback);
    }

    public Duration leaseTimeout() {
        return config.getOptionalValue("m365.tasks.lease-timeout", String.class)
                .map(Duration::parse)
                .orElse(Duration.ofMinutes(10));
    }

    /** Leases are renewed three times per timeout, so two missed renewals still do not lose them. */
    public Duration renewalPeriod() {
        return leaseTimeout().dividedBy(3);
    }

    /**
     * How long after the leases' last renewal a task's heartbeat renews them again: the fraction
     * {@code m365.tasks.heartbeat-renewal-fraction} (0.25 by default; 0 renews on every heartbeat)
     * of the lease timeout. Below 1, so a heartbeat renews before the lease could lapse even when
     * the keeper's rounds are late.
     */
    public Duration heartbeatRenewal() {
        double fraction = config.getOptionalValue("m365.tasks.heartbeat-renewal-fraction", String.class)
                .map(value -> Double.parseDouble(value.strip()))
                .orElse(DEFAULT_HEARTBEAT_RENEWAL_FRACTION);
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalStateException(
                    "m365.tasks.heartbeat-renewal-fraction must be at least 0 and below 1, not " + fraction);
        }
        return Duration.ofNanos(Math.round(leaseTimeout().toNanos() * fraction));
    }

    /** How long one task may hold its leases; after it they are no longer renewed, so a hung task cannot block the others. */
    public Duration maxRunTime() {
        return config.getOptionalValue("m365.tasks.max-run-time", String.class)
                .map(Duration::parse)
                .orElse(Duration.ofHours(4));
    }

    private static String key(TaskType task) {
        return task.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
