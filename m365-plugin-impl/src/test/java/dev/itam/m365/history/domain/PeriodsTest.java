package dev.itam.m365.history.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.compliance.ComplianceStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A period is told by its last snapshot, with the highest consumption of the period. */
class PeriodsTest {

    @Test
    void eachLicencesDayIsItsLastSnapshotWithTheDaysPeak() {
        List<Snapshot> kept = Periods.lastOfEachDay(List.of(
                at(1, "2026-03-01T08:00:00Z", 10),
                at(1, "2026-03-01T12:00:00Z", 30),
                at(1, "2026-03-01T23:59:59Z", 20),
                at(1, "2026-03-02T00:00:00Z", 5),
                at(2, "2026-03-01T09:00:00Z", 7)));

        assertThat(kept)
                .extracting(s -> s.licenceId() + " " + s.takenAt() + " " + s.consumed() + "/" + s.peakConsumed() + " "
                        + s.granularity())
                .containsExactly(
                        "1 2026-03-01T23:59:59Z 20/30 DAY",
                        "1 2026-03-02T00:00:00Z 5/5 DAY",
                        "2 2026-03-01T09:00:00Z 7/7 DAY");
    }

    @Test
    void aMonthKeepsThePeakOfTheDaysItReplacesNotOnlyTheirLastFigures() {
        List<Snapshot> kept = Periods.lastOfEachMonth(List.of(
                at(1, "2026-03-01T23:00:00Z", 12).standingFor(SnapshotGranularity.DAY, 40),
                at(1, "2026-03-31T23:00:00Z", 15),
                at(1, "2026-04-01T01:00:00Z", 16)));

        assertThat(kept)
                .extracting(s -> s.takenAt() + " " + s.consumed() + "/" + s.peakConsumed() + " " + s.granularity())
                .containsExactly("2026-03-31T23:00:00Z 15/40 MONTH", "2026-04-01T01:00:00Z 16/16 MONTH");
    }

    private static Snapshot at(long licenceId, String instant, int consumed) {
        return new Snapshot(
                licenceId,
                1L,
                Instant.parse(instant),
                SnapshotGranularity.RUN,
                50,
                consumed,
                consumed,
                50 - consumed,
                0,
                0,
                ComplianceStatus.OVER_LICENSED,
                null,
                null);
    }
}
