package dev.itam.m365.history.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.history.Forecast;
import dev.itam.m365.api.history.ForecastTrend;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** The least-squares forecast of when demand reaches the owned seats. */
class DemandLineTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);

    @Test
    void aLinearSeriesRunsOutOnTheDayItsLineReachesTheOwnedSeats() {
        // 100 seats wanted on day 0, two more each day, 200 owned: full on day 50
        Forecast forecast = DemandLine.forecast(7, days(30, 200, day -> 100 + 2 * day));

        assertThat(forecast.trend()).isEqualTo(ForecastTrend.RUNS_OUT);
        assertThat(forecast.fullOn()).isEqualTo(FIRST.plusDays(50));
        assertThat(forecast.daysUntilFull()).isEqualTo(21);
        assertThat(forecast.seatsPerDay()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(forecast.days()).isEqualTo(30);
        assertThat(forecast.owned()).isEqualTo(200);
        assertThat(forecast.demand()).isEqualTo(158);
    }

    @Test
    void aNoisySeriesIsForecastFromItsTrendNotItsLastDay() {
        // up 1 a day with ±3 noise around it: the line, not the last point, gives day 100
        Forecast forecast = DemandLine.forecast(7, days(40, 150, day -> 50 + day + (day % 2 == 0 ? 3 : -3)));

        assertThat(forecast.trend()).isEqualTo(ForecastTrend.RUNS_OUT);
        assertThat(forecast.fullOn()).isBetween(FIRST.plusDays(99), FIRST.plusDays(101));
    }

    @Test
    void fewerThanSevenDaysGiveNoForecast() {
        Forecast forecast = DemandLine.forecast(7, days(6, 200, day -> 100 + 10 * day));

        assertThat(forecast.trend()).isEqualTo(ForecastTrend.NOT_ENOUGH_DATA);
        assertThat(forecast.fullOn()).isNull();
        assertThat(forecast.days()).isEqualTo(6);
        assertThat(DemandLine.forecast(7, List.of()).trend()).isEqualTo(ForecastTrend.NOT_ENOUGH_DATA);
    }

    @Test
    void lessThanASeatAMonthEitherWayIsStableAndMoreDownwardsShrinking() {
        assertThat(DemandLine.forecast(7, days(30, 200, day -> 100 + day / 40)).trend())
                .isEqualTo(ForecastTrend.STABLE);
        assertThat(DemandLine.forecast(7, days(30, 200, day -> 150 - day)).trend())
                .isEqualTo(ForecastTrend.SHRINKING);
    }

    @Test
    void demandThatTakesEverySeatAlreadyIsFull() {
        Forecast forecast = DemandLine.forecast(7, days(10, 100, day -> 95 + day));

        assertThat(forecast.trend()).isEqualTo(ForecastTrend.FULL);
        assertThat(forecast.fullOn()).isNull();
    }

    private static List<Snapshot> days(int count, int owned, IntUnaryOperator demand) {
        List<Snapshot> days = new ArrayList<>();
        for (int day = 0; day < count; day++) {
            int consumed = demand.applyAsInt(day);
            days.add(new Snapshot(
                    7,
                    1L,
                    FIRST.plusDays(day).atTime(12, 0).toInstant(ZoneOffset.UTC),
                    SnapshotGranularity.DAY,
                    owned,
                    consumed,
                    consumed,
                    owned - consumed,
                    0,
                    0,
                    ComplianceStatus.OVER_LICENSED,
                    null,
                    null));
        }
        return days;
    }
}
