package dev.itam.m365.history.rest;

import dev.itam.m365.api.compliance.LicenceCosts;
import dev.itam.m365.api.history.HistoryPoint;
import dev.itam.m365.export.domain.Column;
import dev.itam.m365.export.domain.ExportTable;
import java.util.List;
import java.util.function.Function;

/** The columns of a licence's history export: the JSON's fields, the costs by their path. */
final class HistoryTable {

    private static final ExportTable<HistoryPoint> POINTS = new ExportTable<>(
            "history",
            List.of(
                    Column.instant("at", HistoryPoint::at),
                    Column.number("owned", HistoryPoint::owned),
                    Column.number("consumed", HistoryPoint::consumed),
                    Column.number("peakConsumed", HistoryPoint::peakConsumed),
                    Column.number("available", HistoryPoint::available),
                    Column.number("waiting", HistoryPoint::waiting),
                    Column.number("reclaimable", HistoryPoint::reclaimable),
                    Column.text("status", HistoryPoint::status),
                    Column.text("lifecycle", HistoryPoint::lifecycle),
                    Column.text("monthlyCosts.currency", costs(LicenceCosts::currency)),
                    Column.number("monthlyCosts.owned", costs(LicenceCosts::owned)),
                    Column.number("monthlyCosts.unused", costs(LicenceCosts::unused)),
                    Column.number("monthlyCosts.reclaimable", costs(LicenceCosts::reclaimable))));

    private HistoryTable() {}

    /** Named after the licence: {@code licence-10-history}. */
    static ExportTable<HistoryPoint> of(long licenceId) {
        return new ExportTable<>("licence-" + licenceId + "-history", POINTS.columns());
    }

    private static <V> Function<HistoryPoint, V> costs(Function<LicenceCosts, V> field) {
        return point -> point.monthlyCosts() == null ? null : field.apply(point.monthlyCosts());
    }
}
