/**
 * The health checks (schema and database, portals, the task kernel's lease rounds) and the metrics,
 * recorded from the end of each portal's import and of each task run.
 */
package dev.itam.m365.operations.application;
