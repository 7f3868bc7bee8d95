/** Faults injected for the next N requests of an endpoint, and the count of requests each endpoint served. */
package dev.itam.m365.simulator.fault;
