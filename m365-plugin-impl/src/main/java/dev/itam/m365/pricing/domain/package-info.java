/** Prices as stored, the rules a price follows, the price list's CSV and the SKUs known to be free. */
package dev.itam.m365.pricing.domain;
