package dev.itam.m365.api.history;

import java.time.LocalDate;

/**
 * When a licence runs out of seats at its current rate: a least-squares line through the demand
 * (consumed plus waiting seats) at the end of each of the last 90 days that have figures, compared
 * with the seats owned now.
 *
 * @param owned         the seats owned at the last recalculation
 * @param demand        consumed plus waiting then
 * @param seatsPerDay   the line's slope: how many seats demand grows (negative: falls) a day
 * @param days          the days with figures the line was fitted to
 * @param fullOn        for {@link ForecastTrend#RUNS_OUT}, the day demand reaches the owned seats;
 *                      otherwise null
 * @param daysUntilFull for {@link ForecastTrend#RUNS_OUT}, the days from the last figures until then
 * @param method        how the forecast was made, in words
 */
public record Forecast(
        long licenceId,
        ForecastTrend trend,
        int owned,
        int demand,
        double seatsPerDay,
        int days,
        LocalDate fullOn,
        Integer daysUntilFull,
        String method) {}
