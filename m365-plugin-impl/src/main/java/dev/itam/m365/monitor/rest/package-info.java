/** {@code /api/task-runs}: the server monitor over HTTP. */
package dev.itam.m365.monitor.rest;
