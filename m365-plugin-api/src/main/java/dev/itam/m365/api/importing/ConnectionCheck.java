package dev.itam.m365.api.importing;

import dev.itam.m365.api.monitor.FailureCategory;

/**
 * The outcome of "Test connection": either the number of SKUs the tenant has, or what failed and
 * what the admin should check.
 */
public record ConnectionCheck(boolean successful, int skuCount, FailureCategory category, String message) {

    public static ConnectionCheck succeeded(int skuCount) {
        return new ConnectionCheck(true, skuCount, null, "Connected: the tenant has " + skuCount + " licences (SKUs).");
    }

    public static ConnectionCheck failed(FailureCategory category, String message) {
        return new ConnectionCheck(false, 0, category, message);
    }
}
