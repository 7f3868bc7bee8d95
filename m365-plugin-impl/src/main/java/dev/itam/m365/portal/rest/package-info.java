/** {@code /api/portals}: the portal service over HTTP and JSON. */
package dev.itam.m365.portal.rest;
