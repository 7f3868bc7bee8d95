package dev.itam.m365.simulator.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a users delta query may ask beyond {@code $select}, as Graph allows it: {@code $filter} only
 * as {@code id eq '…'} joined by {@code or} (at most 50), and the page size only through {@code
 * Prefer: odata.maxpagesize}, capped at 200 users, which is also the size when none is asked.
 */
final class DeltaFilter {

    static final int MAX_PAGE = 200;
    private static final int MAX_IDS = 50;
    private static final Pattern ID_EQ = Pattern.compile("\\s*id\\s+eq\\s+'([^']+)'\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAX_PAGE_SIZE = Pattern.compile("(?i)odata\\.maxpagesize\\s*=\\s*(\\d+)");
    private static final Pattern MINIMAL = Pattern.compile("(?i)(^|[\\s,;])return\\s*=\\s*minimal(?=$|[\\s,;])");

    private DeltaFilter() {}

    /** The ids a {@code $filter} follows; empty without one. */
    static List<String> ids(String filter) throws GraphError {
        if (filter == null || filter.isBlank()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String term : filter.split("(?i)\\s+or\\s+")) {
            Matcher id = ID_EQ.matcher(term);
            if (!id.matches()) {
                throw new GraphError(
                        400,
                        "Request_UnsupportedQuery",
                        "Unsupported query: a delta query filters only by id ('id eq '<id>'' joined by 'or').");
            }
            ids.add(id.group(1).toLowerCase(Locale.ROOT));
        }
        if (ids.size() > MAX_IDS) {
            throw new GraphError(
                    400,
                    "Request_UnsupportedQuery",
                    "Unsupported query: a delta query filters by at most " + MAX_IDS + " ids.");
        }
        return ids;
    }

    /** The page size a {@code Prefer} header asks, within Graph's limit. */
    static int pageSize(String prefer) {
        if (prefer == null) {
            return MAX_PAGE;
        }
        Matcher size = MAX_PAGE_SIZE.matcher(prefer);
        if (!size.find()) {
            return MAX_PAGE;
        }
        try {
            int asked = Integer.parseInt(size.group(1));
            return asked < 1 ? MAX_PAGE : Math.min(asked, MAX_PAGE);
        } catch (NumberFormatException e) {
            return MAX_PAGE;
        }
    }

    /** Whether {@code Prefer} asks {@code return=minimal}: changed users with the changed properties only. */
    static boolean asksMinimal(String prefer) {
        return prefer != null && MINIMAL.matcher(prefer).find();
    }

    static boolean asksPageSize(String prefer) {
        return prefer != null && MAX_PAGE_SIZE.matcher(prefer).find();
    }
}
