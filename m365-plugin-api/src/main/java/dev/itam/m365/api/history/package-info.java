/**
 * How licences' figures moved: a snapshot of every licence after each recalculation, kept for a
 * configurable time and thinned to one per day, then one per month; portals' monthly costs; and when
 * a licence runs out of seats at the rate of the last 90 days.
 */
package dev.itam.m365.api.history;
