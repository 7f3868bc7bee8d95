package dev.itam.m365.simulator.graph;

import dev.itam.m365.simulator.fault.Endpoint;
import java.util.Map;

/**
 * What a request costs in the identity and access service's resource units, by Microsoft's
 * "service-specific throttling limits" page: {@code GET users} 2, {@code GET subscribedSkus} 3, any
 * other identity path 1; {@code $select} lowers the cost by 1, {@code $expand} raises it by 1, a
 * {@code $top} under 20 lowers it by 1; no request costs less than 1.
 */
final class RequestCost {

    private RequestCost() {}

    static int of(Endpoint endpoint, Map<String, String> query) {
        int cost = switch (endpoint) {
            case USERS -> 2;
            case SUBSCRIBED_SKUS -> 3;
            default -> 1;
        };
        if (query.containsKey("$select")) {
            cost--;
        }
        if (query.containsKey("$expand")) {
            cost++;
        }
        if (smallTop(query.get("$top"))) {
            cost--;
        }
        return Math.max(1, cost);
    }

    private static boolean smallTop(String top) {
        try {
            return top != null && Integer.parseInt(top.strip()) < 20;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
