package dev.itam.m365.ui.trends;

import dev.itam.m365.api.history.Forecast;
import dev.itam.m365.ui.Format;
import dev.itam.m365.ui.Texts;
import java.util.Locale;

/** The forecast in one sentence an admin can act on: "SPE_E3: full in about 41 days (on 2027-01-14)". */
final class ForecastSentence {

    private ForecastSentence() {}

    /**
     * How the forecast was made, in the reader's language: the service's sentence translated when it
     * is the one the English bundle knows ({@code forecast.method}, word for word), as it is otherwise.
     */
    static String method(Forecast forecast) {
        String known = Texts.bundle(Locale.ROOT).getString("forecast.method");
        return known.equals(forecast.method()) ? Texts.text("forecast.method") : forecast.method();
    }

    static String of(String licence, Forecast forecast) {
        double perMonth = forecast.seatsPerDay() * 30;
        return switch (forecast.trend()) {
            case RUNS_OUT ->
                Texts.text(
                        "forecast.runsOut",
                        licence,
                        forecast.daysUntilFull(),
                        forecast.fullOn() == null ? "" : new Format().day(forecast.fullOn()),
                        perMonth,
                        forecast.owned(),
                        forecast.demand());
            case FULL -> Texts.text("forecast.full", licence, forecast.demand(), forecast.owned());
            case STABLE ->
                Texts.text(
                        "forecast.stable",
                        licence,
                        perMonth < 0 ? "" : "+",
                        perMonth,
                        forecast.owned(),
                        forecast.demand());
            case SHRINKING -> Texts.text("forecast.shrinking", licence, -perMonth, forecast.owned(), forecast.demand());
            case NOT_ENOUGH_DATA -> Texts.text("forecast.notEnoughData", licence, forecast.days());
        };
    }
}
