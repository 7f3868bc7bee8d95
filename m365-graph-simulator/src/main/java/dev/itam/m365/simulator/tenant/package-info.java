/** Tenants as state: users, SKUs with seats, app registrations, and the change log delta queries read. */
package dev.itam.m365.simulator.tenant;
