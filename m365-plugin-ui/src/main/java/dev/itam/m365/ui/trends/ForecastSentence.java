package dev.itam.m365.ui.trends;

import dev.itam.m365.api.history.Forecast;
import java.util.Locale;

/** The forecast in one sentence an admin can act on: "SPE_E3: full in about 41 days (on 2027-01-14)". */
final class ForecastSentence {

    private ForecastSentence() {}

    static String of(String licence, Forecast forecast) {
        double perMonth = forecast.seatsPerDay() * 30;
        return licence + ": "
                + switch (forecast.trend()) {
                    case RUNS_OUT ->
                        "full in about " + forecast.daysUntilFull() + " days (on " + forecast.fullOn()
                                + "), at " + String.format(Locale.ROOT, "%.1f", perMonth) + " more seats a month; "
                                + forecast.owned() + " owned, " + forecast.demand() + " wanted now.";
                    case FULL -> "full now: " + forecast.demand() + " seats wanted, " + forecast.owned() + " owned.";
                    case STABLE ->
                        "stable (" + String.format(Locale.ROOT, "%+.1f", perMonth) + " seats a month); "
                                + forecast.owned() + " owned, " + forecast.demand() + " wanted.";
                    case SHRINKING ->
                        "shrinking by " + String.format(Locale.ROOT, "%.1f", -perMonth) + " seats a month; "
                                + forecast.owned() + " owned, " + forecast.demand() + " wanted.";
                    case NOT_ENOUGH_DATA ->
                        "no forecast yet: " + forecast.days() + " of the 7 days of figures it needs.";
                };
    }
}
