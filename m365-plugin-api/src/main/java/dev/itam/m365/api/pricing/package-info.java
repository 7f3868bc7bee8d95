/**
 * Licence prices as admins set them (or the built-in price 0 of well-known free SKUs), and what they
 * come to per month, for host code and admins.
 */
package dev.itam.m365.api.pricing;
