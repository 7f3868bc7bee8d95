package dev.itam.m365.licensing.rest;

/** Body of {@code POST /api/products}: {@code consumerType} is {@code USER} or {@code DEVICE}. */
public record NewProduct(String name, Long folderId, String consumerType) {}
