package dev.itam.m365.catalogue;

import java.util.Locale;
import java.util.Map;

/** The titles one import or one licence list uses, read together so they come from one catalogue. */
public record Titles(Map<String, String> bySkuId) {

    public Titles {
        bySkuId = Map.copyOf(bySkuId);
    }

    /** The SKU's title, or its part number when no list names it. */
    public String titleOf(String skuId, String partNumber) {
        return bySkuId.getOrDefault(skuId.toLowerCase(Locale.ROOT), partNumber);
    }
}
