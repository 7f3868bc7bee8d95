package dev.itam.m365.api.history;

import dev.itam.m365.api.compliance.CurrencyCosts;
import java.time.LocalDate;
import java.util.List;

/**
 * What a portal's licences cost per month in one calendar month, per currency (never converted),
 * each licence at its figures at the end of that month.
 *
 * @param month the month's first day
 */
public record PortalMonth(LocalDate month, List<CurrencyCosts> costs) {}
