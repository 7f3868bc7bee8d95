/** Small runtime services every feature shares, produced once so tests can replace them. */
package dev.itam.m365.platform;
