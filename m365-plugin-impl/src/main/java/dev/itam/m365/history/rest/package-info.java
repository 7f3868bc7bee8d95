/** {@code /api/licences/{id}/history}, {@code /api/licences/{id}/forecast} and {@code /api/portals/{id}/history}. */
package dev.itam.m365.history.rest;
