/**
 * The licences' history: a snapshot of every licence after each recalculation, in the
 * recalculation's transaction, thinned as it ages; read as points per day or month, as portals'
 * monthly costs, and as a forecast of when a licence runs out of seats.
 */
package dev.itam.m365.history;
