/** Leases, the task runner and the timers that start it. */
package dev.itam.m365.tasks.application;
