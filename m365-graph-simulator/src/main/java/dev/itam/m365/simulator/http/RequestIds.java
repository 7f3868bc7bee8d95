package dev.itam.m365.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import java.util.UUID;

/**
 * Graph's two ids on every answer: {@code request-id}, new for each request, and {@code
 * client-request-id}, the client's own id when it sent one, else the request's. Support cases and
 * logs quote them to find a request again.
 */
public final class RequestIds {

    public static final String REQUEST_ID = "request-id";
    public static final String CLIENT_REQUEST_ID = "client-request-id";

    private RequestIds() {}

    /** Sets both headers before the answer is written. */
    public static void stamp(HttpExchange exchange) {
        String requestId = UUID.randomUUID().toString();
        String clientRequestId = exchange.getRequestHeaders().getFirst(CLIENT_REQUEST_ID);
        exchange.getResponseHeaders().set(REQUEST_ID, requestId);
        exchange.getResponseHeaders()
                .set(
                        CLIENT_REQUEST_ID,
                        clientRequestId == null || clientRequestId.isBlank() ? requestId : clientRequestId);
    }
}
