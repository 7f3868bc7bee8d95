package dev.itam.m365.licensing.rest;

/** Body of {@code POST /api/folders}; without {@code parentId} (or with null) the folder is a top-level one. */
public record NewFolder(Long parentId, String name) {}
