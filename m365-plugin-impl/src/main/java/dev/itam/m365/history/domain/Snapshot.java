package dev.itam.m365.history.domain;

import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.compliance.LicenceCosts;
import dev.itam.m365.api.history.HistoryPoint;
import dev.itam.m365.api.lifecycle.Lifecycle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** One licence's figures at one moment, as the history keeps them. */
public record Snapshot(
        long licenceId,
        Long portalId,
        Instant takenAt,
        SnapshotGranularity granularity,
        int owned,
        int consumed,
        int peakConsumed,
        int available,
        int waiting,
        int reclaimable,
        ComplianceStatus status,
        Lifecycle lifecycle,
        LicenceCosts monthlyCosts) {

    /** The licence as the recalculation at {@code takenAt} left it. */
    public static Snapshot of(LicenceCompliance licence, Instant takenAt) {
        return new Snapshot(
                licence.licenceId(),
                licence.portalId(),
                takenAt,
                SnapshotGranularity.RUN,
                licence.owned(),
                licence.consumed(),
                licence.consumed(),
                licence.available(),
                licence.waiting(),
                licence.reclaimable(),
                licence.status(),
                licence.lifecycle(),
                licence.monthlyCosts());
    }

    /** Seats wanted: those consumed and those of users waiting for one. */
    public int demand() {
        return consumed + waiting;
    }

    /** The UTC day it was taken. */
    public LocalDate day() {
        return LocalDate.ofInstant(takenAt, ZoneOffset.UTC);
    }

    /** The UTC month it was taken. */
    public YearMonth month() {
        return YearMonth.from(day());
    }

    /** This snapshot standing for a whole period whose busiest moment consumed {@code peak}. */
    public Snapshot standingFor(SnapshotGranularity period, int peak) {
        return new Snapshot(
                licenceId,
                portalId,
                takenAt,
                period,
                owned,
                consumed,
                peak,
                available,
                waiting,
                reclaimable,
                status,
                lifecycle,
                monthlyCosts);
    }

    public HistoryPoint point() {
        return new HistoryPoint(
                takenAt,
                owned,
                consumed,
                peakConsumed,
                available,
                waiting,
                reclaimable,
                status,
                lifecycle,
                monthlyCosts);
    }
}
