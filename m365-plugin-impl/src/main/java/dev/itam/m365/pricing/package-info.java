/**
 * Licence prices: set per licence or uploaded as a price list per SKU, a built-in price 0 for
 * well-known free SKUs, and what seats cost per month.
 */
package dev.itam.m365.pricing;
