package dev.itam.m365.graph.client;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;

/** Graph answered 401: the token was not accepted, so one fresh token is worth a try. */
final class TokenRejected extends GraphFailure {

    TokenRejected(FailureCategory category, String message, Throwable cause) {
        super(category, message, false, null, cause);
    }
}
