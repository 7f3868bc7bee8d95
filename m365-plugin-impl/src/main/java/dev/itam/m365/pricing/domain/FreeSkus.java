package dev.itam.m365.pricing.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SKUs Microsoft gives away, which get the built-in price 0 so that they never count as waste: those
 * its product names list ("Product names and service plan identifiers for licensing") calls free,
 * exploratory, or the no-cost Store for Business. An admin's price overrides it. Keyed by SKU id,
 * which is the same in every tenant, in lower case as the import stores it.
 */
public final class FreeSkus {

    /** SKU id to part number. */
    static final Map<String, String> BY_SKU_ID = Map.ofEntries(
            Map.entry("f30db892-07e9-47e9-837c-80727f46fd3d", "FLOW_FREE"),
            Map.entry("a403ebcc-fae0-4ca2-8c8c-7a907fd6c235", "POWER_BI_STANDARD"),
            Map.entry("ade29b5f-397e-4eb9-a287-0344bd46c68d", "POWER_BI_STANDARD_FACULTY"),
            Map.entry("bdcaf6aa-04c1-4b8f-b64e-6e3bd505ac64", "POWER_BI_STANDARD_STUDENT"),
            Map.entry("710779e8-3d4a-4c88-adb9-386c958d1fdf", "TEAMS_EXPLORATORY"),
            Map.entry("e0dfc8b9-9531-4ec8-94b4-9fec23b05fc8", "Microsoft_Teams_Exploratory_Dept"),
            Map.entry("16ddbbfc-09ea-4de2-b1d7-312db6112d70", "TEAMS_FREE"),
            Map.entry("90d8b3f8-712e-4f7b-aa1e-62e7ae6cbe96", "SMB_APPS"),
            Map.entry("6470687e-a428-4b7a-bef2-8a291ad947c9", "WINDOWS_STORE"),
            Map.entry("c7e9d9e6-1981-4bf3-bb50-a5bdfaa06fb2", "WSFB_EDU_FACULTY"));

    private FreeSkus() {}

    public static boolean isFree(String skuId) {
        return BY_SKU_ID.containsKey(skuId.toLowerCase(Locale.ROOT));
    }

    /** The ids, for SQL that leaves free licences out. */
    public static Set<String> skuIds() {
        return BY_SKU_ID.keySet();
    }
}
