package dev.itam.m365.api.history;

import java.time.LocalDate;
import java.util.List;

/** Reads how licences' figures moved over time. */
public interface HistoryService {

    /**
     * A licence's figures, a point per recalculation, day or month between {@code from} and {@code to}
     * (inclusive; null: from the first, to the last), oldest first.
     *
     * @throws dev.itam.m365.api.NotFoundException when there is no such licence
     */
    List<HistoryPoint> history(long licenceId, LocalDate from, LocalDate to, Granularity granularity);

    /** A portal's monthly costs, month by month, oldest first. */
    List<PortalMonth> portalHistory(long portalId);

    /** When the licence runs out of seats at the rate of the last 90 days. */
    Forecast forecast(long licenceId);
}
