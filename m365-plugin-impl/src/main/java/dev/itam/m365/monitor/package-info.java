/** The server monitor (M-11): a record of every run of the import and recalculation tasks. */
package dev.itam.m365.monitor;
