package dev.itam.m365.reclaim.rest;

import dev.itam.m365.api.reclaim.ReclaimFilter;
import dev.itam.m365.api.reclaim.ReclaimReason;
import dev.itam.m365.rest.QueryParameters;

/** The reclaim list's filter from query parameters, each checked by {@link QueryParameters}. */
final class ReclaimFilters {

    static final String INACTIVE_RULE =
            "'inactiveDays' is after how many days without sign-in a user is inactive: one of "
                    + ReclaimFilter.INACTIVE_DAYS + ", " + ReclaimFilter.DEFAULT_INACTIVE_DAYS + " when left out.";

    private ReclaimFilters() {}

    static ReclaimFilter read(
            QueryParameters query,
            String portalId,
            String licenceId,
            String reason,
            String inactiveDays,
            String exempt) {
        return new ReclaimFilter(
                query.id("portalId", portalId).orElse(null),
                query.id("licenceId", licenceId).orElse(null),
                query.constant("reason", reason, ReclaimReason.class).orElse(null),
                query.oneOf("inactiveDays", inactiveDays, ReclaimFilter.INACTIVE_DAYS, INACTIVE_RULE)
                        .orElse(null),
                query.flag("exempt", exempt));
    }
}
