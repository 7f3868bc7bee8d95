/** {@code /api/audit}: the audit log over HTTP, for admins only. */
package dev.itam.m365.audit.rest;
