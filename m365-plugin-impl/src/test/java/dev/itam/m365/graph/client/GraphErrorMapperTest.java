package dev.itam.m365.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.GraphServerError;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphErrorMapperTest {

    private static final String THROTTLED = """
            {"error": {"code": "TooManyRequests", "message": "Too many requests.",
             "innerError": {"date": "2026-11-30T10:00:00", "request-id": "r-1"}}}""";

    @Test
    void graphsErrorShapeGivesItsCodeAndMessage() {
        GraphFailure failure = GraphErrorMapper.failure(
                400,
                null,
                "{\"error\": {\"code\": \"Request_UnsupportedQuery\", \"message\": \"Unsupported query.\"}}");

        assertThat(failure.category()).isEqualTo(FailureCategory.GRAPH_ERROR);
        assertThat(failure.getMessage())
                .isEqualTo("Microsoft Graph answered 400 Request_UnsupportedQuery: Unsupported query.");
        assertThat(failure.isTransient()).isFalse();
        assertThat(failure).isNotInstanceOf(TokenRejected.class);
    }

    /** Graph's answers for a delta link it no longer follows; another 400 is no such thing. */
    @Test
    void aGoneOrExpiredDeltaStateIsAnExpiredDeltaLink() {
        GraphFailure gone = GraphErrorMapper.failure(
                410, null, "{\"error\": {\"code\": \"resyncRequired\", \"message\": \"Resync required.\"}}");
        GraphFailure expired = GraphErrorMapper.failure(
                400,
                null,
                "{\"error\": {\"code\": \"syncStateNotFound\", \"message\": \"The sync state generation is not"
                        + " found. The delta token is expired and data must be synchronized again.\"}}");
        GraphFailure otherwise = GraphErrorMapper.failure(
                400, null, "{\"error\": {\"code\": \"Request_UnsupportedQuery\", \"message\": \"Unsupported.\"}}");

        assertThat(gone).isInstanceOf(DeltaLinkExpired.class);
        assertThat(expired).isInstanceOf(DeltaLinkExpired.class).hasMessageContaining("syncStateNotFound");
        assertThat(gone.isTransient()).isFalse();
        assertThat(otherwise).isNotInstanceOf(DeltaLinkExpired.class);
    }

    @Test
    void forbiddenNamesThePermissionsToGrant() {
        GraphFailure failure = GraphErrorMapper.failure(
                403,
                null,
                "{\"error\": {\"code\": \"Authorization_RequestDenied\", \"message\": \"Insufficient privileges.\"}}");

        assertThat(failure).isInstanceOf(GraphForbidden.class);
        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.category()).isEqualTo(FailureCategory.GRAPH_ERROR);
        assertThat(failure.getMessage())
                .isEqualTo("Microsoft Graph answered 403 Authorization_RequestDenied: Insufficient"
                        + " privileges. Grant the app the application permissions Organization.Read.All and User.Read.All with"
                        + " admin consent.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "<html>Service Unavailable</html>",
                "[]",
                "{\"message\": \"no error object\"}",
                "{\"error\": {\"message\": \"no code\"}}",
                "{\"error\": \"a string\"}"
            })
    void aBodyWithoutGraphsErrorShapeIsUnreadable(String body) {
        GraphFailure failure = GraphErrorMapper.failure(502, null, body);

        assertThat(failure.category()).isEqualTo(FailureCategory.ERROR_UNREADABLE);
        assertThat(failure.getMessage())
                .isEqualTo("Microsoft Graph answered 502 and its error response could not be read.");
        assertThat(failure.isTransient()).isFalse();
    }

    @Test
    void throttlingIsTransientWithTheRetryAfterItNamed() {
        GraphFailure failure = GraphErrorMapper.failure(429, " 7 ", THROTTLED);

        assertThat(failure.category()).isEqualTo(FailureCategory.GRAPH_ERROR);
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @ParameterizedTest
    @ValueSource(ints = {503, 504})
    void unavailabilityIsTransient(int status) {
        GraphFailure withRetryAfter = GraphErrorMapper.failure(status, "3", THROTTLED);
        GraphFailure unreadable = GraphErrorMapper.failure(status, null, "gateway");

        assertThat(withRetryAfter.isTransient()).isTrue();
        assertThat(withRetryAfter.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(unreadable.category()).isEqualTo(FailureCategory.ERROR_UNREADABLE);
        assertThat(unreadable.isTransient()).isTrue();
        assertThat(unreadable.retryAfter()).isEmpty();
    }

    @Test
    void aRetryAfterThatIsNoNumberOfSecondsIsIgnored() {
        assertThat(GraphErrorMapper.failure(429, "Wed, 21 Oct 2026 07:28:00 GMT", THROTTLED)
                        .retryAfter())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"error\": {\"code\": \"generalException\", \"message\": \"General error.\"}}",
                "<html>500</html>"
            })
    void anInternalServerErrorIsAServerErrorWhateverItsBody(String body) {
        GraphFailure failure = GraphErrorMapper.failure(500, "5", body);

        assertThat(failure).isInstanceOf(GraphServerError.class);
        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(ints = {501, 502, 507})
    void otherServerErrorsAreNotRetried(int status) {
        GraphFailure failure = GraphErrorMapper.failure(
                status, null, "{\"error\": {\"code\": \"generalException\", \"message\": \"General error.\"}}");

        assertThat(failure).isNotInstanceOf(GraphServerError.class);
        assertThat(failure.isTransient()).isFalse();
    }

    @Test
    void unauthorisedMeansTheTokenWasRejected() {
        GraphFailure failure = GraphErrorMapper.failure(
                401,
                null,
                "{\"error\": {\"code\": \"InvalidAuthenticationToken\", \"message\": \"Lifetime validation failed.\"}}");

        assertThat(failure).isInstanceOf(TokenRejected.class);
        assertThat(failure.category()).isEqualTo(FailureCategory.GRAPH_ERROR);
        assertThat(failure.getMessage())
                .isEqualTo("Microsoft Graph answered 401 InvalidAuthenticationToken: Lifetime" + " validation failed.");
        assertThat(failure.isTransient()).isFalse();
    }
}
