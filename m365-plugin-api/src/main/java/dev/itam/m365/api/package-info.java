/**
 * The contract between a host ITAM server and the Microsoft 365 plugin: interfaces the host calls,
 * value types they exchange and the exceptions they raise. Evolved only by adding members with
 * defaults, so a host compiled against an older version keeps working.
 */
package dev.itam.m365.api;
