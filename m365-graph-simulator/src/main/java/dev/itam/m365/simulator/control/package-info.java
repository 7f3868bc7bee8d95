/** The control API under {@code /_sim}, loopback only: create and change tenants, inject faults, read counters. */
package dev.itam.m365.simulator.control;
