/** Benchmarks that print figures; never run as tests, because shared machines make timings noisy. */
package dev.itam.m365.simulator.bench;
