/** {@code /api/task-runs/{id}/changes} and {@code /api/licences/{id}/changes}. */
package dev.itam.m365.changes.rest;
