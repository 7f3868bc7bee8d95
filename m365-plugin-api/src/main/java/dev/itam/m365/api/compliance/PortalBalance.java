package dev.itam.m365.api.compliance;

/** The licence balance of one portal (M-13): the sums over its licences. */
public record PortalBalance(Long portalId, String source, int licences, int owned, int consumed, int available) {}
