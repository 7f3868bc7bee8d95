package dev.itam.m365.simulator.login;

import com.sun.net.httpserver.HttpExchange;
import dev.itam.m365.simulator.http.Exchanges;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An error of the token endpoint, in Entra's shape: {@code error}, {@code error_description}
 * starting with the AADSTS code, {@code error_codes}, {@code timestamp}, {@code trace_id},
 * {@code correlation_id} and {@code error_uri}.
 */
public final class EntraError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final int code;

    public EntraError(int status, String error, int code, String description) {
        super("AADSTS" + code + ": " + description, null, false, false);
        this.status = status;
        this.error = error;
        this.code = code;
    }

    static EntraError tenantNotFound(String tenant) {
        return new EntraError(
                400,
                "invalid_request",
                90002,
                "Tenant '" + tenant + "' not found. Check to make sure you"
                        + " have the correct tenant ID and are signing into the correct cloud.");
    }

    static EntraError appNotFound(String clientId, String tenantName) {
        return new EntraError(
                400,
                "unauthorized_client",
                700016,
                "Application with identifier '" + clientId
                        + "' was not found in the directory '" + tenantName
                        + "'. This can happen if the application has not"
                        + " been installed by the administrator of the tenant or consented to by any user in the tenant."
                        + " You may have sent your authentication request to the wrong tenant.");
    }

    static EntraError invalidSecret(String clientId) {
        return new EntraError(
                401,
                "invalid_client",
                7000215,
                "Invalid client secret provided. Ensure the secret"
                        + " being sent in the request is the client secret value, not the client secret ID, for a secret"
                        + " added to app '" + clientId + "'.");
    }

    static EntraError expiredSecret(String clientId) {
        return new EntraError(
                401,
                "invalid_client",
                7000222,
                "The provided client secret keys for app '" + clientId
                        + "' are expired. Visit the Azure portal to create new keys for your app.");
    }

    static EntraError noCredential() {
        return new EntraError(
                401,
                "invalid_client",
                7000218,
                "The request body must contain the following" + " parameter: 'client_assertion' or 'client_secret'.");
    }

    static EntraError invalidScope(String scope) {
        return new EntraError(
                400,
                "invalid_scope",
                70011,
                "The provided request must include a 'scope' input"
                        + " parameter. The provided value for the input parameter 'scope' is not valid. The scope "
                        + scope
                        + " is not valid.");
    }

    static EntraError badAssertion(String reason) {
        return new EntraError(
                401,
                "invalid_client",
                700027,
                "Client assertion failed signature validation. [Reason - " + reason + "]");
    }

    static EntraError unregisteredCertificate(String thumbprint) {
        return new EntraError(
                401,
                "invalid_client",
                700027,
                "The certificate with identifier used to sign the client"
                        + " assertion is not registered on application. [Reason - The key was not found., Thumbprint of key"
                        + " used by client: '" + thumbprint + "']");
    }

    static EntraError assertionTime() {
        return new EntraError(400, "invalid_client", 700024, "Client assertion is not within its valid time range.");
    }

    static EntraError assertionClientMismatch() {
        return new EntraError(
                400,
                "invalid_client",
                700021,
                "Client assertion application identifier doesn't match" + " 'client_id' parameter.");
    }

    static EntraError unsupportedGrant(String grant) {
        return new EntraError(
                400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type '" + grant + "'.");
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public int code() {
        return code;
    }

    public void send(HttpExchange exchange) throws IOException {
        String timestamp = Instant.now()
                .truncatedTo(ChronoUnit.SECONDS)
                .toString()
                .replace("T", " ")
                .replace("Z", "Z");
        String traceId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        String description = getMessage() + " Trace ID: " + traceId + " Correlation ID: " + correlationId
                + " Timestamp: " + timestamp;
        Exchanges.sendJson(
                exchange,
                status,
                json -> json.writeStartObject()
                        .write("error", error)
                        .write("error_description", description)
                        .writeStartArray("error_codes")
                        .write(code)
                        .writeEnd()
                        .write("timestamp", timestamp)
                        .write("trace_id", traceId)
                        .write("correlation_id", correlationId)
                        .write("error_uri", "https://login.microsoftonline.com/error?code=" + code)
                        .writeEnd());
    }
}
