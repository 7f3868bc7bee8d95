package dev.itam.m365.graph.access;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * An error status of the login server, read by the plugin rather than by MSAL4J: MSAL drops the status
 * of a body it cannot parse and fails with a NullPointerException on the body {@code null}, so that an
 * answer of a proxy or of a wrong login URL could not be told from an Entra ID error.
 */
final class LoginErrorAnswer extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String contentType;
    private final String error;
    private final String description;

    private LoginErrorAnswer(int status, String contentType, String error, String description) {
        super("The login server answered " + status + (error == null ? "" : " (" + error + ")"));
        this.status = status;
        this.contentType = contentType;
        this.error = error;
        this.description = description;
    }

    /** Entra's error shape is a JSON object with {@code error} and {@code error_description}; anything else is unreadable. */
    static LoginErrorAnswer read(int status, String contentType, String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                String error = text(object, "error");
                String description = text(object, "error_description");
                if (error != null && description != null) {
                    return new LoginErrorAnswer(status, contentType, error, description);
                }
            }
        } catch (JsonException e) {
            // not JSON: unreadable, like any other shape
        }
        return new LoginErrorAnswer(status, contentType, null, null);
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString text && !text.getString().isBlank() ? text.getString() : null;
    }

    int status() {
        return status;
    }

    /** As the login server declared it; null when it declared none. */
    String contentType() {
        return contentType;
    }

    boolean readable() {
        return error != null;
    }

    /** Entra's error code such as {@code invalid_client}; null when unreadable. */
    String error() {
        return error;
    }

    /** Entra's {@code error_description}, which starts with the AADSTS code; null when unreadable. */
    String description() {
        return description;
    }
}
