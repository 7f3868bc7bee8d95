package dev.itam.m365.graph.client;

import java.util.List;

/** The body of {@code GET /subscribedSkus}. */
public record SkuList(List<SubscribedSku> value) {}
