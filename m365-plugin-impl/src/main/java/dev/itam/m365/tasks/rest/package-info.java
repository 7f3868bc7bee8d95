/** {@code /api/tasks}: the schedule, and running tasks on demand. */
package dev.itam.m365.tasks.rest;
