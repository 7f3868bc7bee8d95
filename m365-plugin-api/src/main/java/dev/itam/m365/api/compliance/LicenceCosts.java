package dev.itam.m365.api.compliance;

import java.math.BigDecimal;

/**
 * What one licence costs per month at its price, in the price's currency.
 *
 * @param currency    null for a built-in price 0 (free in every currency)
 * @param owned       the owned seats
 * @param unused      the owned seats nobody consumes (owned − consumed when positive; 0 for a licence
 *                    that serves the whole company)
 * @param reclaimable the assignments on the reclaim list, exempt users left out, each counted once
 */
public record LicenceCosts(String currency, BigDecimal owned, BigDecimal unused, BigDecimal reclaimable) {}
