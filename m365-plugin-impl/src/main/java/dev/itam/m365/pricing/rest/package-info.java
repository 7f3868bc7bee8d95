/** {@code /api/licences/{id}/price} and {@code /api/prices}: prices over HTTP. */
package dev.itam.m365.pricing.rest;
