/** Snapshots, their periods, and the least-squares forecast. */
package dev.itam.m365.history.domain;
