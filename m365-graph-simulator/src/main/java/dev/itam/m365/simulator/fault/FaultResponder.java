package dev.itam.m365.simulator.fault;

import com.sun.net.httpserver.HttpExchange;
import dev.itam.m365.simulator.http.DropConnection;
import dev.itam.m365.simulator.http.Exchanges;
import java.io.IOException;
import java.util.UUID;

/** Turns a fault into what the client sees, in the error shape of the service it called. */
public final class FaultResponder {

    /** Whose error shape a fault response takes. */
    public enum Shape {
        GRAPH,
        ENTRA
    }

    private FaultResponder() {}

    /**
     * Answers the request according to the fault.
     *
     * @return false when the request should still be served normally (after a delay)
     */
    public static boolean respond(HttpExchange exchange, Fault fault, Shape shape) throws IOException {
        switch (fault.kind()) {
            case DELAY -> {
                pause(fault.delayMillis());
                return false;
            }
            case CONNECTION_RESET -> throw new DropConnection();
            case THROTTLE -> {
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(fault.retryAfterSeconds()));
                error(
                        exchange,
                        shape,
                        429,
                        "TooManyRequests",
                        "temporarily_unavailable",
                        "Too many requests. Retry after " + fault.retryAfterSeconds() + " seconds.");
            }
            case SERVER_ERROR ->
                error(exchange, shape, 500, "generalException", "server_error", "An internal server error occurred.");
            case SERVICE_UNAVAILABLE -> {
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(fault.retryAfterSeconds()));
                error(
                        exchange,
                        shape,
                        503,
                        "serviceNotAvailable",
                        "temporarily_unavailable",
                        "The service is temporarily unavailable.");
            }
            case GATEWAY_TIMEOUT ->
                error(
                        exchange,
                        shape,
                        504,
                        "GatewayTimeout",
                        "server_error",
                        "The gateway did not receive a timely response.");
            case MALFORMED_SUCCESS ->
                Exchanges.sendRaw(
                        exchange,
                        200,
                        "application/json",
                        shape == Shape.GRAPH
                                ? "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata\",\"value\":[{\"id\":"
                                : "{\"token_type\":\"Bearer\",\"expires_in\":35");
            case MALFORMED_ERROR ->
                Exchanges.sendRaw(
                        exchange,
                        fault.status(),
                        "application/json",
                        "<html><body><h1>" + fault.status() + "</h1>upstream failure</body></html>");
            default -> throw new IllegalStateException("Unhandled fault " + fault.kind());
        }
        return true;
    }

    private static void error(
            HttpExchange exchange, Shape shape, int status, String graphCode, String entraError, String message)
            throws IOException {
        String requestId = UUID.randomUUID().toString();
        if (shape == Shape.GRAPH) {
            Exchanges.sendJson(
                    exchange,
                    status,
                    json -> json.writeStartObject()
                            .writeStartObject("error")
                            .write("code", graphCode)
                            .write("message", message)
                            .writeStartObject("innerError")
                            .write("request-id", requestId)
                            .write("client-request-id", requestId)
                            .writeEnd()
                            .writeEnd()
                            .writeEnd());
        } else {
            int code = status == 429 || status == 503 ? 90033 : 90100;
            Exchanges.sendJson(
                    exchange,
                    status,
                    json -> json.writeStartObject()
                            .write("error", entraError)
                            .write("error_description", "AADSTS" + code + ": " + message + " Trace ID: " + requestId)
                            .writeStartArray("error_codes")
                            .write(code)
                            .writeEnd()
                            .write("trace_id", requestId)
                            .write("correlation_id", requestId)
                            .writeEnd());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
