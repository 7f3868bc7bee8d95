package dev.itam.m365.simulator.graph;

import java.util.Locale;
import java.util.Map;

/**
 * The query options of {@code GET /users} beyond {@code $select}, {@code $top} and paging: the
 * simulator evaluates none of {@code $filter}, {@code $search} and {@code $orderby} and refuses them
 * with Graph's 400 {@code Request_UnsupportedQuery}, rather than answer as if they had been applied;
 * {@code $count=true} it answers as Graph does, with {@code @odata.count} when the request carries
 * {@code ConsistencyLevel: eventual} (an advanced query) and 400 {@code Request_BadRequest} "$count
 * is not currently supported." without (Graph's answer quoted in microsoft-graph-docs-contrib#2716).
 */
final class UnsupportedUserQuery {

    private UnsupportedUserQuery() {}

    static void refuse(Map<String, String> query) throws GraphError {
        String filter = query.get("$filter");
        if (filter != null) {
            String property = filter.strip().split("[\\s(]", 2)[0];
            throw new GraphError(
                    400,
                    "Request_UnsupportedQuery",
                    "Unsupported or invalid query filter clause specified for property '" + property
                            + "' of resource 'User'.");
        }
        for (String option : new String[] {"$search", "$orderby"}) {
            if (query.containsKey(option)) {
                throw new GraphError(
                        400, "Request_UnsupportedQuery", "The query option " + option + " is not supported here.");
            }
        }
    }

    /** Whether the answer carries the users' count; without the advanced query header $count is refused. */
    static boolean counted(Map<String, String> query, String consistencyLevel) throws GraphError {
        String count = query.get("$count");
        if (count == null || count.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (consistencyLevel == null
                || !consistencyLevel.strip().toLowerCase(Locale.ROOT).equals("eventual")) {
            throw new GraphError(400, "Request_BadRequest", "$count is not currently supported.");
        }
        return true;
    }
}
