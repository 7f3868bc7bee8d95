/**
 * Operations: what the server's MicroProfile Health and Metrics endpoints tell of the plugin
 * ({@code /health/ready}, {@code /health/live}, {@code /metrics}). It only observes; no other feature
 * depends on it.
 */
package dev.itam.m365.operations;
