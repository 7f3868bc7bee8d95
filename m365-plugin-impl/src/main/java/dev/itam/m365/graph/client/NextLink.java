package dev.itam.m365.graph.client;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads the query of an {@code @odata.nextLink} so the next page can be asked for on the same client. */
final class NextLink {

    private NextLink() {}

    /** @throws GraphFailure when the link leads somewhere else than the resource of the Graph URL in use */
    static Map<String, String> query(String nextLink, String graphUrl, String resource) {
        URI link = URI.create(nextLink);
        URI base = URI.create(graphUrl + "/" + resource);
        if (!base.getHost().equalsIgnoreCase(link.getHost()) || !path(base).equals(path(link))) {
            throw new GraphFailure(
                    FailureCategory.RESPONSE_UNREADABLE,
                    "Microsoft Graph sent a next-page link to " + link.getHost() + link.getPath() + " instead of "
                            + base.getHost() + base.getPath() + ".");
        }
        Map<String, String> query = new HashMap<>();
        for (String pair :
                link.getRawQuery() == null ? new String[0] : link.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    /** {@code …/users/delta}, however Graph spells the function: {@code delta()}, {@code microsoft.graph.delta}. */
    private static String path(URI uri) {
        String path = uri.getPath();
        if (path.endsWith("()")) {
            path = path.substring(0, path.length() - 2);
        }
        return path.replace("/microsoft.graph.", "/");
    }
}
