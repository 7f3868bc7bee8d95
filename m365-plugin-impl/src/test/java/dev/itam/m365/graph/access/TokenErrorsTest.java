package dev.itam.m365.graph.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.aad.msal4j.MsalClientException;
import com.microsoft.aad.msal4j.MsalServiceException;
import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.graph.GraphFailure;
import java.net.ConnectException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenErrorsTest {

    private static final String AUTHORITY = "https://login.example:8443/tenant-1/";
    private static final TenantAccess ACCESS = new TenantAccess(
            "tenant-1", "client-1", NationalCloud.GLOBAL, new SignInCredential.Secret("s"), Optional.empty());

    private static String entraMessage(String code) {
        return "AADSTS" + code
                + ": What Entra says about it. Trace ID: 0c2f Correlation ID: 9a1b Timestamp: 2026-11-30";
    }

    private static GraphFailure fromMsal(String code, String error) {
        return TokenErrors.classify(new MsalServiceException(entraMessage(code), error), ACCESS, AUTHORITY);
    }

    @ParameterizedTest
    @CsvSource({
        "90002, TENANT_NOT_FOUND, tenant-1",
        "700016, APPLICATION_NOT_FOUND, client-1",
        "7000215, SECRET_INVALID, client-1",
        "7000222, SECRET_EXPIRED, client-1",
        "700027, CERTIFICATE_REJECTED, certificate",
        "700024, CERTIFICATE_REJECTED, certificate",
        "700021, CERTIFICATE_REJECTED, certificate",
        "70011, TOKEN_ERROR, AADSTS70011"
    })
    void eachAadstsCodeHasItsCategory(String code, FailureCategory category, String named) {
        GraphFailure failure = fromMsal(code, "invalid_client");

        assertThat(failure.category()).isEqualTo(category);
        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage())
                .contains(named)
                .endsWith("Entra ID said: AADSTS" + code + ": What Entra says about it.");
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503, 504})
    void throttlingAndUnavailabilityAreTransient(int status) {
        GraphFailure unread = TokenErrors.fromEntra(status, "temporarily_unavailable", "no code here", ACCESS, null);
        GraphFailure coded =
                TokenErrors.fromEntra(status, "temporarily_unavailable", entraMessage("50196"), ACCESS, null);

        assertThat(unread.category()).isEqualTo(FailureCategory.TOKEN_ERROR);
        assertThat(unread.isTransient()).isTrue();
        assertThat(unread.retryAfter()).isEmpty();
        assertThat(coded.category()).isEqualTo(FailureCategory.TOKEN_ERROR);
        assertThat(coded.isTransient()).isTrue();
    }

    @Test
    void anErrorWithoutAadstsCodeIsUnreadable() {
        GraphFailure failure = TokenErrors.fromEntra(400, "invalid_request", "<html>Bad Request</html>", ACCESS, null);

        assertThat(failure.category()).isEqualTo(FailureCategory.ERROR_UNREADABLE);
        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage())
                .isEqualTo("Entra ID answered 400 and its error response could not be read" + " (invalid_request).");
    }

    @Test
    void anErrorMsalRaisedWithoutAStatusIsClassifiedToo() {
        GraphFailure failure = TokenErrors.classify(new MsalServiceException("no code", "unknown"), ACCESS, AUTHORITY);

        assertThat(failure.category()).isEqualTo(FailureCategory.ERROR_UNREADABLE);
        assertThat(failure.isTransient()).isFalse();
    }

    @Test
    void anErrorStatusWithABodyNotInEntrasShapeIsUnreadableWithItsStatus() {
        GraphFailure failure = TokenErrors.classify(
                new MsalClientException(LoginErrorAnswer.read(400, "text/html", "<html>Bad Request</html>")),
                ACCESS,
                AUTHORITY);

        assertThat(failure.category()).isEqualTo(FailureCategory.ERROR_UNREADABLE);
        assertThat(failure.isTransient()).isFalse();
        assertThat(failure)
                .hasMessage("The login server " + AUTHORITY + " answered HTTP 400 with a response that is not an"
                        + " Entra ID error (text/html), so no access token was issued. Check m365.graph.login-url"
                        + " and any proxy between this server and Microsoft Entra ID.");
    }

    @Test
    void anUnreadableAnswerWithoutContentTypeSaysSo() {
        GraphFailure failure =
                TokenErrors.classify(new MsalClientException(LoginErrorAnswer.read(502, null, "")), ACCESS, AUTHORITY);

        assertThat(failure.category()).isEqualTo(FailureCategory.ERROR_UNREADABLE);
        assertThat(failure)
                .hasMessageContaining(
                        "answered HTTP 502 with a response that is not an Entra ID error" + " (no content type)");
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503, 504})
    void anUnreadableThrottlingOrUnavailabilityAnswerIsTransient(int status) {
        GraphFailure failure = TokenErrors.classify(
                new MsalClientException(LoginErrorAnswer.read(status, "text/plain", "busy")), ACCESS, AUTHORITY);

        assertThat(failure.category()).isEqualTo(FailureCategory.TOKEN_ERROR);
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure).hasMessageContaining("answered HTTP " + status + " ");
    }

    @Test
    void anEntraErrorAnswerIsClassifiedByItsAadstsCode() {
        String body = "{\"error\":\"invalid_client\",\"error_description\":\"" + entraMessage("7000215") + "\"}";

        GraphFailure failure = TokenErrors.classify(
                new MsalClientException(LoginErrorAnswer.read(401, "application/json", body)), ACCESS, AUTHORITY);

        assertThat(failure.category()).isEqualTo(FailureCategory.SECRET_INVALID);
        assertThat(failure.getMessage()).endsWith("Entra ID said: AADSTS7000215: What Entra says about it.");
    }

    @Test
    void anUnreachableLoginServerIsATransientConnectionFailure() {
        GraphFailure failure = TokenErrors.classify(
                new MsalClientException(new ConnectException("Connection refused")), ACCESS, AUTHORITY);

        assertThat(failure.category()).isEqualTo(FailureCategory.CONNECTION_FAILED);
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.getMessage())
                .startsWith("Could not connect to the login server " + AUTHORITY
                        + ": ConnectException: Connection refused.");
    }

    @Test
    void anUnreadableSuccessIsResponseUnreadable() {
        GraphFailure failure = TokenErrors.classify(
                new MsalClientException("Error parsing JSON response", "invalid_json"), ACCESS, AUTHORITY);

        assertThat(failure.category()).isEqualTo(FailureCategory.RESPONSE_UNREADABLE);
        assertThat(failure.isTransient()).isFalse();
    }

    @Test
    void anythingElseIsATokenError() {
        GraphFailure failure = TokenErrors.classify(new IllegalStateException("odd"), ACCESS, AUTHORITY);

        assertThat(failure.category()).isEqualTo(FailureCategory.TOKEN_ERROR);
        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).isEqualTo("No access token could be acquired: IllegalStateException: odd");
    }
}
