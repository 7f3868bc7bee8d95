package dev.itam.m365.catalogue;

/** A SKU's id, part number and the title Microsoft gives the product. */
public record ProductName(String skuId, String partNumber, String title) {}
