/**
 * Running the import and the recalculation (M-9, M-17): on a schedule through EJB timers, on
 * demand through the API, never twice at once across server instances sharing the database
 * (a lease row per task), and recorded for the monitor.
 */
package dev.itam.m365.tasks;
