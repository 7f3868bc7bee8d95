package dev.itam.m365.portal.domain;

/**
 * Fired, synchronously and inside the deleting transaction, just before a portal is removed: what
 * was imported from it observes this to let go of the portal, so the portal needs to know nothing of it.
 */
public record PortalDeleting(PortalEntity portal) {}
