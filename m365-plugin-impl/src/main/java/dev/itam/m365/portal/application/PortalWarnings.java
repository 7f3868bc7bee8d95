package dev.itam.m365.portal.application;

import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.api.portal.PortalWarning;
import dev.itam.m365.api.portal.PortalWarningKind;
import dev.itam.m365.portal.domain.CredentialExpiry;
import dev.itam.m365.portal.domain.PortalEntity;
import dev.itam.m365.portal.domain.StaleAfter;
import dev.itam.m365.tasks.application.TaskSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * What an admin should act on about a portal, as of now: its credential within {@code
 * m365.credentials.warning-days} (60, 30 and 7 by default) of its expiry or past it, and its data
 * stale once no import succeeded for twice the import interval or {@code m365.portals.stale-after}.
 */
@ApplicationScoped
public class PortalWarnings {

    @Inject
    Config config;

    @Inject
    TaskSettings tasks;

    /** The warning thresholds in days, largest first. */
    public List<Integer> thresholds() {
        String value = config.getOptionalValue("m365.credentials.warning-days", String.class)
                .orElse("60,30,7");
        try {
            List<Integer> days = Arrays.stream(value.split(","))
                    .map(String::strip)
                    .map(Integer::valueOf)
                    .sorted((a, b) -> b - a)
                    .toList();
            if (days.stream().anyMatch(d -> d <= 0)) {
                throw new NumberFormatException("not positive");
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    "m365.credentials.warning-days must list whole days above 0, such as 60,30,7; it is '" + value
                            + "'.",
                    e);
        }
    }

    public List<PortalWarning> of(PortalEntity portal, Instant now) {
        List<PortalWarning> warnings = new ArrayList<>();
        portal.credential()
                .expiry()
                .ifPresent(expiry -> credential(portal, expiry, now).ifPresent(warnings::add));
        staleAfter()
                .ifPresent(limit -> limit.staleSince(portal.lastImportAt(), portal.createdAt(), now)
                        .ifPresent(since -> warnings.add(new PortalWarning(
                                PortalWarningKind.DATA_STALE,
                                since,
                                limit.message(portal.name().value(), portal.lastImportAt(), since)))));
        return warnings;
    }

    /**
     * {@code m365.portals.stale-after} when set (for imports a host or an admin starts), else twice
     * the import interval; none while the import schedule is off and no limit is set.
     */
    Optional<StaleAfter> staleAfter() {
        Optional<StaleAfter> configured = config.getOptionalValue("m365.portals.stale-after", String.class)
                .map(value -> StaleAfter.configured(positive("m365.portals.stale-after", value)));
        return configured.isPresent()
                ? configured
                : tasks.interval(TaskType.IMPORT).map(StaleAfter::twiceTheImportInterval);
    }

    private static Duration positive(String key, String value) {
        try {
            Duration duration = Duration.parse(value.strip());
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below, with the key and the value
        }
        throw new IllegalStateException(
                key + " must be a positive ISO-8601 duration such as PT10H; it is '" + value + "'.");
    }

    private Optional<PortalWarning> credential(PortalEntity portal, CredentialExpiry expiry, Instant now) {
        return expiry.thresholdReached(now, thresholds()).isPresent()
                ? Optional.of(new PortalWarning(
                        expiry.expired(now)
                                ? PortalWarningKind.CREDENTIAL_EXPIRED
                                : PortalWarningKind.CREDENTIAL_EXPIRES,
                        expiry.at(),
                        expiry.message(portal.name().value(), now)))
                : Optional.empty();
    }
}
