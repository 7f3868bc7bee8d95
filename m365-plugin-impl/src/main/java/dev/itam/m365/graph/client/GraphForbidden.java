package dev.itam.m365.graph.client;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;

/** Graph answered 403: the app lacks a permission, which no retry will grant. */
final class GraphForbidden extends GraphFailure {

    private static final long serialVersionUID = 1L;

    GraphForbidden(FailureCategory category, String message, Throwable cause) {
        super(category, message, false, null, cause);
    }
}
