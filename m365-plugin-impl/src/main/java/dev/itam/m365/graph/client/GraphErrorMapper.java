package dev.itam.m365.graph.client;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.GraphServerError;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Every non-2xx answer of Graph becomes a {@link GraphFailure}: Graph's own code and message when
 * the body has Graph's error shape, "error unreadable" otherwise. 429, 503 and 504 are transient, a
 * 500 is a {@link GraphServerError} (retried once), a 401 is a {@link TokenRejected}, a 403 a
 * {@link GraphForbidden}, a 410 or an expired delta state a {@link DeltaLinkExpired}.
 */
public class GraphErrorMapper implements ResponseExceptionMapper<GraphFailure> {

    /** Graph's codes for a delta link it no longer follows (Microsoft's change-tracking docs and its 2020 notice). */
    private static final Set<String> DELTA_EXPIRED = Set.of("syncStateNotFound", "resyncRequired");

    @Override
    public GraphFailure toThrowable(Response response) {
        return failure(
                response.getStatus(),
                response.getHeaderString("Retry-After"),
                response.hasEntity() ? response.readEntity(String.class) : "");
    }

    /** The mapping itself, apart from JAX-RS so that it can be tested on its own. */
    static GraphFailure failure(int status, String retryAfterHeader, String body) {
        boolean transientStatus = status == 429 || status == 503 || status == 504;
        Duration retryAfter = retryAfter(retryAfterHeader);
        FailureCategory category;
        String message;
        String code = null;
        Exception unreadable = null;
        try {
            JsonObject error =
                    Json.createReader(new StringReader(body)).readObject().getJsonObject("error");
            category = FailureCategory.GRAPH_ERROR;
            String text = error.getString("message", "");
            code = error.getString("code");
            message = "Microsoft Graph answered " + status + " " + code + ": " + text + hint(status, text);
        } catch (JsonException | IllegalStateException | NullPointerException | ClassCastException e) {
            category = FailureCategory.ERROR_UNREADABLE;
            message = "Microsoft Graph answered " + status + " and its error response could not be read.";
            unreadable = e;
        }
        if (status == 410 || (status == 400 && DELTA_EXPIRED.contains(String.valueOf(code)))) {
            return new DeltaLinkExpired(message);
        }
        return switch (status) {
            case 401 -> new TokenRejected(category, message, unreadable);
            case 403 -> new GraphForbidden(category, message, code, unreadable);
            case 500 -> new GraphServerError(category, message, retryAfter, unreadable);
            default -> new GraphFailure(category, message, transientStatus, retryAfter, unreadable);
        };
    }

    private static String hint(int status, String graphMessage) {
        return status == 403
                ? (graphMessage.endsWith(".") ? "" : ".") + " Grant the app the application permissions"
                        + " Organization.Read.All and User.Read.All with admin consent."
                : "";
    }

    private static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
