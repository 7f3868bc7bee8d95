package dev.itam.m365.reclaim.rest;

/** The body of {@code PUT /api/reclaim/exemptions/{contactId}}. */
public record ExemptionNote(String note) {}
