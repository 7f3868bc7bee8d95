package dev.itam.m365.ui.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.history.Forecast;
import dev.itam.m365.api.history.ForecastTrend;
import dev.itam.m365.history.domain.DemandLine;
import dev.itam.m365.ui.Texts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ForecastSentenceTest {

    @Test
    void theMethodSentenceOfTheBundleIsTheServicesWordForWordInEnglish() {
        assertThat(Texts.bundle(Locale.ROOT).getString("forecast.method")).isEqualTo(DemandLine.METHOD);
        Forecast forecast = DemandLine.forecast(1, List.of());
        assertThat(forecast.trend()).isEqualTo(ForecastTrend.NOT_ENOUGH_DATA);
        assertThat(ForecastSentence.method(forecast)).isEqualTo(DemandLine.METHOD);
    }

    @Test
    void theGermanMethodSentenceNamesTheServicesFigures() {
        assertThat(Texts.bundle(Locale.GERMAN).getString("forecast.method"))
                .startsWith("Ausgleichsgerade")
                .contains("letzten " + DemandLine.WINDOW_DAYS + " Tage")
                .contains("mindestens " + DemandLine.MIN_DAYS + " Tage");
    }

    @Test
    void anotherMethodIsShownAsTheServiceWroteIt() {
        Forecast other = new Forecast(1, ForecastTrend.STABLE, 1, 1, 0, 30, null, null, "Some other method.");
        assertThat(ForecastSentence.method(other)).isEqualTo("Some other method.");
    }
}
