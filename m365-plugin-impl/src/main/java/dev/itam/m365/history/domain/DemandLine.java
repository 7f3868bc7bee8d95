package dev.itam.m365.history.domain;

import dev.itam.m365.api.history.Forecast;
import dev.itam.m365.api.history.ForecastTrend;
import java.time.LocalDate;
import java.util.List;

/**
 * The least-squares line through a licence's demand (consumed plus waiting seats) at the end of each
 * day, and what it says about the owned seats. A trend of less than a seat a month either way is
 * stable; at least 7 days of figures are needed.
 */
public final class DemandLine {

    public static final int MIN_DAYS = 7;
    public static final int WINDOW_DAYS = 90;
    static final double SEAT_A_MONTH = 1.0 / 30;
    private static final double ROUNDING = 1e-6;
    /** How the forecast is made, in words: the {@link Forecast#method()} of every forecast. */
    public static final String METHOD = "Least squares line through the demand (consumed plus waiting seats) at the"
            + " end of each of the last " + WINDOW_DAYS + " days with figures, compared with the seats owned"
            + " now; needs at least " + MIN_DAYS + " days; less than a seat a month either way is stable.";

    private DemandLine() {}

    /** @param days the last snapshot of each day, oldest first */
    public static Forecast forecast(long licenceId, List<Snapshot> days) {
        if (days.size() < MIN_DAYS) {
            Snapshot last = days.isEmpty() ? null : days.get(days.size() - 1);
            return new Forecast(
                    licenceId,
                    ForecastTrend.NOT_ENOUGH_DATA,
                    last == null ? 0 : last.owned(),
                    last == null ? 0 : last.demand(),
                    0,
                    days.size(),
                    null,
                    null,
                    METHOD);
        }
        int n = days.size();
        double sumX = 0;
        double sumY = 0;
        double sumXx = 0;
        double sumXy = 0;
        for (Snapshot day : days) {
            double x = day.day().toEpochDay();
            double y = day.demand();
            sumX += x;
            sumY += y;
            sumXx += x * x;
            sumXy += x * y;
        }
        double slope = (n * sumXy - sumX * sumY) / (n * sumXx - sumX * sumX);
        double intercept = (sumY - slope * sumX) / n;
        Snapshot last = days.get(n - 1);
        if (last.demand() >= last.owned()) {
            return new Forecast(
                    licenceId, ForecastTrend.FULL, last.owned(), last.demand(), slope, n, null, null, METHOD);
        }
        if (slope >= SEAT_A_MONTH) {
            LocalDate lastDay = last.day();
            // the day the line reaches the seats; a hair's rounding error must not make it a day later
            long fullDay = (long) Math.ceil((last.owned() - intercept) / slope - ROUNDING);
            LocalDate fullOn = LocalDate.ofEpochDay(Math.max(fullDay, lastDay.toEpochDay() + 1));
            return new Forecast(
                    licenceId,
                    ForecastTrend.RUNS_OUT,
                    last.owned(),
                    last.demand(),
                    slope,
                    n,
                    fullOn,
                    (int) (fullOn.toEpochDay() - lastDay.toEpochDay()),
                    METHOD);
        }
        ForecastTrend trend = slope <= -SEAT_A_MONTH ? ForecastTrend.SHRINKING : ForecastTrend.STABLE;
        return new Forecast(licenceId, trend, last.owned(), last.demand(), slope, n, null, null, METHOD);
    }
}
