package dev.itam.m365.graph.access;

import com.microsoft.aad.msal4j.MsalClientException;
import com.microsoft.aad.msal4j.MsalServiceException;
import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what MSAL4J throws into a failure an admin can act on. */
final class TokenErrors {

    private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

    private TokenErrors() {}

    static GraphFailure classify(Throwable failure, TenantAccess access, String authority) {
        LoginErrorAnswer answer = cause(failure, LoginErrorAnswer.class);
        if (answer != null) {
            return answer.readable()
                    ? fromEntra(answer.status(), answer.error(), answer.description(), access, failure)
                    : unreadable(answer, authority, failure);
        }
        if (failure instanceof MsalServiceException service) {
            return fromEntra(service.statusCode(), service.errorCode(), service.getMessage(), access, service);
        }
        if (cause(failure, IOException.class) != null) {
            return new GraphFailure(
                    FailureCategory.CONNECTION_FAILED,
                    "Could not connect to the login server "
                            + authority + ": " + rootMessage(failure)
                            + ". Check the network, proxy and firewall between this"
                            + " server and Microsoft Entra ID.",
                    true,
                    null,
                    failure);
        }
        if (failure instanceof MsalClientException client
                && client.getMessage() != null
                && client.getMessage().toLowerCase().contains("json")) {
            return new GraphFailure(
                    FailureCategory.RESPONSE_UNREADABLE,
                    "The login server " + authority + " answered, but its response could not be read: "
                            + client.getMessage(),
                    false,
                    null,
                    failure);
        }
        return new GraphFailure(
                FailureCategory.TOKEN_ERROR,
                "No access token could be acquired: " + rootMessage(failure),
                false,
                null,
                failure);
    }

    /**
     * An error answer of Entra ID: the AADSTS code in its description names the cause.
     *
     * @param status null when MSAL raised the error without a response
     */
    static GraphFailure fromEntra(
            Integer status, String errorCode, String message, TenantAccess access, Throwable service) {
        String description = firstSentences(message);
        Matcher code = AADSTS.matcher(String.valueOf(message));
        boolean transientStatus = status != null && (status == 429 || status == 503 || status == 504);
        if (!code.find()) {
            return new GraphFailure(
                    transientStatus ? FailureCategory.TOKEN_ERROR : FailureCategory.ERROR_UNREADABLE,
                    "Entra ID answered " + (status == null ? "an error" : status) + " and its error response could"
                            + " not be read (" + errorCode + ").",
                    transientStatus,
                    null,
                    service);
        }
        String entra = " Entra ID said: " + description;
        return switch (code.group(1)) {
            case "90002" ->
                new GraphFailure(
                        FailureCategory.TENANT_NOT_FOUND,
                        "Entra ID does not know the directory" + " (tenant) ID " + access.tenantId()
                                + ". Check the ID and the cloud of the portal." + entra);
            case "700016" ->
                new GraphFailure(
                        FailureCategory.APPLICATION_NOT_FOUND,
                        "Entra ID does not know the"
                                + " application (client) ID " + access.clientId()
                                + " in this tenant. Check the ID, and that the app is"
                                + " registered in this directory." + entra);
            case "7000215" ->
                new GraphFailure(
                        FailureCategory.SECRET_INVALID,
                        "Entra ID refused the client secret."
                                + " Enter the secret's value (not its ID) of a secret of app " + access.clientId() + "."
                                + entra);
            case "7000222" ->
                new GraphFailure(
                        FailureCategory.SECRET_EXPIRED,
                        "The client secret of app " + access.clientId()
                                + " has expired. Create a new secret in Entra ID and enter it in the portal." + entra);
            case "700027", "700024", "700021" ->
                new GraphFailure(
                        FailureCategory.CERTIFICATE_REJECTED,
                        "Entra ID refused"
                                + " the certificate. Check that exactly this certificate is uploaded to the app registration and is"
                                + " still valid." + entra);
            default ->
                new GraphFailure(
                        FailureCategory.TOKEN_ERROR,
                        "Entra ID refused to issue a token (AADSTS" + code.group(1) + ")." + entra,
                        transientStatus,
                        null,
                        service);
        };
    }

    /**
     * An error status whose body is not Entra's error: a proxy, a gateway or a wrong login URL answered.
     * Throttling and unavailability stay worth a retry.
     */
    private static GraphFailure unreadable(LoginErrorAnswer answer, String authority, Throwable failure) {
        int status = answer.status();
        boolean transientStatus = status == 429 || status == 503 || status == 504;
        return new GraphFailure(
                transientStatus ? FailureCategory.TOKEN_ERROR : FailureCategory.ERROR_UNREADABLE,
                "The login server " + authority + " answered HTTP " + status + " with a response that is not an"
                        + " Entra ID error ("
                        + (answer.contentType() == null ? "no content type" : answer.contentType())
                        + "), so no access token was issued. Check m365.graph.login-url and any proxy between this"
                        + " server and Microsoft Entra ID.",
                transientStatus,
                null,
                failure);
    }

    /** Entra appends trace and correlation ids and a timestamp; the admin needs the sentences before them. */
    private static String firstSentences(String message) {
        String text = String.valueOf(message);
        int trace = text.indexOf(" Trace ID:");
        return (trace > 0 ? text.substring(0, trace) : text).strip();
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
