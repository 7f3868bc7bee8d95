package dev.itam.m365.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaleAfterTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant IMPORTED = Instant.parse("2026-12-07T02:30:00Z");

    @Test
    void figuresGoStaleAfterTwiceTheImportIntervalFromTheLastSuccessfulImport() {
        StaleAfter limit = StaleAfter.twiceTheImportInterval(Duration.ofHours(5));

        assertThat(limit.staleSince(IMPORTED, CREATED, Instant.parse("2026-12-07T12:30:00Z")))
                .isEmpty();
        assertThat(limit.staleSince(IMPORTED, CREATED, Instant.parse("2026-12-07T12:30:01Z")))
                .contains(IMPORTED);
        assertThat(limit.message("Contoso", IMPORTED, IMPORTED))
                .isEqualTo("Data stale since 2026-12-07 02:30 UTC, the last successful import of portal 'Contoso':"
                        + " none for more than 10 hours (twice the import interval). The task monitor shows why its"
                        + " imports failed.");
    }

    @Test
    void aPortalNeverImportedCountsFromItsCreation() {
        StaleAfter limit = StaleAfter.configured(Duration.ofMinutes(90));

        assertThat(limit.staleSince(null, CREATED, CREATED.plus(Duration.ofMinutes(91))))
                .contains(CREATED);
        assertThat(limit.message("Fabrikam", null, CREATED))
                .isEqualTo("No import of portal 'Fabrikam' has succeeded since it was added on 2026-12-01 08:00 UTC:"
                        + " none for more than 90 minutes (m365.portals.stale-after). The task monitor shows why its"
                        + " imports failed.");
    }
}
