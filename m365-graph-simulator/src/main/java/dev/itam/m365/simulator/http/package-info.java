/** Small helpers over the JDK's HTTP server: parameters in, JSON out, faults applied. */
package dev.itam.m365.simulator.http;
