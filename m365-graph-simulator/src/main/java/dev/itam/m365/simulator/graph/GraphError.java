package dev.itam.m365.simulator.graph;

import com.sun.net.httpserver.HttpExchange;
import dev.itam.m365.simulator.http.Exchanges;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A Graph error response: {@code {"error": {"code", "message", "innerError": {date, request-id, client-request-id}}}};
 * a 401 carries Graph's {@code WWW-Authenticate} challenge, naming the simulator's login.
 */
final class GraphError extends Exception {

    private static final long serialVersionUID = 1L;
    /** Microsoft Graph's own application id, which Graph names as {@code client_id} in its challenge. */
    private static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

    private final int status;
    private final String code;

    GraphError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    void send(HttpExchange exchange) throws IOException {
        send(exchange, status, code, getMessage());
    }

    static void send(HttpExchange exchange, int status, String code, String message) throws IOException {
        String requestId = UUID.randomUUID().toString();
        String clientRequestId = Optional.ofNullable(
                        exchange.getRequestHeaders().getFirst("client-request-id"))
                .orElse(requestId);
        exchange.getResponseHeaders().set("request-id", requestId);
        exchange.getResponseHeaders().set("client-request-id", clientRequestId);
        if (status == 401) {
            exchange.getResponseHeaders()
                    .set(
                            "WWW-Authenticate",
                            "Bearer realm=\"\", authorization_uri=\"https://127.0.0.1:"
                                    + exchange.getLocalAddress().getPort() + "/common/oauth2/authorize\", client_id=\""
                                    + GRAPH_APP_ID + "\"");
        }
        Exchanges.sendJson(
                exchange,
                status,
                json -> json.writeStartObject()
                        .writeStartObject("error")
                        .write("code", code)
                        .write("message", message)
                        .writeStartObject("innerError")
                        .write(
                                "date",
                                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                        .write("request-id", requestId)
                        .write("client-request-id", clientRequestId)
                        .writeEnd()
                        .writeEnd()
                        .writeEnd());
    }
}
