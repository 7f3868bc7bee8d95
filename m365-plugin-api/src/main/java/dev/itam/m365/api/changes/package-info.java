/**
 * What each run changed: who gained and lost which licence, which users came, went, were disabled
 * or moved department (import runs), and which licences changed seats or lifecycle (runs that
 * recalculate).
 */
package dev.itam.m365.api.changes;
