package dev.itam.m365.api.compliance;

import java.math.BigDecimal;

/**
 * The monthly costs of the licences priced in one currency: sums of their {@link LicenceCosts}.
 *
 * @param licences how many licences are summed
 */
public record CurrencyCosts(
        String currency, int licences, BigDecimal owned, BigDecimal unused, BigDecimal reclaimable) {}
