package dev.itam.m365.graph.client;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Every non-2xx answer of Graph becomes a {@link GraphFailure}: Graph's own code and message when
 * the body has Graph's error shape, "error unreadable" otherwise. 429, 503 and 504 are transient.
 */
public class GraphErrorMapper implements ResponseExceptionMapper<GraphFailure> {

    @Override
    public GraphFailure toThrowable(Response response) {
        int status = response.getStatus();
        boolean transientStatus = status == 429 || status == 503 || status == 504;
        Duration retryAfter = retryAfter(response.getHeaderString("Retry-After"));
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        try {
            JsonObject error = Json.createReader(new StringReader(body)).readObject().getJsonObject("error");
            String code = error.getString("code");
            String message = error.getString("message", "");
            return new GraphFailure(FailureCategory.GRAPH_ERROR, "Microsoft Graph answered " + status + " " + code + ": "
                    + message + hint(status), transientStatus, retryAfter, null);
        } catch (JsonException | IllegalStateException | NullPointerException | ClassCastException e) {
            return new GraphFailure(FailureCategory.ERROR_UNREADABLE, "Microsoft Graph answered " + status
                    + " and its error response could not be read.", transientStatus, retryAfter, e);
        }
    }

    private static String hint(int status) {
        return status == 403 ? ". Grant the app the application permissions Organization.Read.All and User.Read.All"
                + " with admin consent." : "";
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
