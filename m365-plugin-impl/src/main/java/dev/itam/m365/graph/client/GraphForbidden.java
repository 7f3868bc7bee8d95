package dev.itam.m365.graph.client;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;

/**
 * Graph answered 403: the app lacks a permission (or the tenant a licence), which no retry will grant.
 * Graph's error code tells which, e.g. {@code Authorization_RequestDenied} or
 * {@code Authentication_RequestFromNonPremiumTenantOrB2CTenant}.
 */
final class GraphForbidden extends GraphFailure {

    private static final long serialVersionUID = 1L;

    private final String graphCode;

    GraphForbidden(FailureCategory category, String message, String graphCode, Throwable cause) {
        super(category, message, false, null, cause);
        this.graphCode = graphCode;
    }

    /** Graph's error code; null when its error body could not be read. */
    String graphCode() {
        return graphCode;
    }
}
