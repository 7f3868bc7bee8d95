package dev.itam.m365.graph.client;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;

/** Graph answered 401: the token was not accepted, so one fresh token is worth a try. */
final class TokenRejected extends GraphFailure {

    private static final long serialVersionUID = 1L;

    TokenRejected(FailureCategory category, String message, Throwable cause) {
        super(category, message, false, null, cause);
    }
}
