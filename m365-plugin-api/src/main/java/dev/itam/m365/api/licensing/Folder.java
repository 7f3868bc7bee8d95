package dev.itam.m365.api.licensing;

/** A product folder; {@code path} joins the names from the root with " / ". */
public record Folder(long id, Long parentId, String name, String path) {}
