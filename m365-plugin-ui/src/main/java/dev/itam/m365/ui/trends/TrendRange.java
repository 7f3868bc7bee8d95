package dev.itam.m365.ui.trends;

import dev.itam.m365.api.history.Granularity;
import java.time.LocalDate;

/** How far back the seats chart looks, and how finely. */
public enum TrendRange {
    TODAY(1, Granularity.RUN),
    LAST_30_DAYS(30, Granularity.DAY),
    LAST_12_MONTHS(365, Granularity.DAY),
    ALL(0, Granularity.MONTH);

    private final int days;
    private final Granularity granularity;

    TrendRange(int days, Granularity granularity) {
        this.days = days;
        this.granularity = granularity;
    }

    /** The first day shown, or null for everything. */
    LocalDate from(LocalDate today) {
        return days == 0 ? null : today.minusDays(days - 1L);
    }

    Granularity granularity() {
        return granularity;
    }

    /** For the export link: the granularity's name. */
    public String granularityName() {
        return granularity.name();
    }

    /** For the export link: {@code &from=} the first day shown, or nothing for everything. */
    public String fromParameter() {
        LocalDate from = from(LocalDate.now(java.time.ZoneOffset.UTC));
        return from == null ? "" : "&from=" + from;
    }
}
