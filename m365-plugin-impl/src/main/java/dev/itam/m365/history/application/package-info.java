/** Taking snapshots in the recalculation's transaction, thinning them, and reading them. */
package dev.itam.m365.history.application;
