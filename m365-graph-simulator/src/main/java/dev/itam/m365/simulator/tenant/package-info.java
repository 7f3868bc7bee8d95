/** Tenants as state: users, SKUs backed by subscriptions, app registrations with their permissions, and the change log delta queries read. */
package dev.itam.m365.simulator.tenant;
