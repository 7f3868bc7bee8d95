package dev.itam.m365.licensing.rest;

/** Body of {@code PUT /api/products/{id}/folder}: the folder to move the product to. */
public record FolderChoice(Long folderId) {}
