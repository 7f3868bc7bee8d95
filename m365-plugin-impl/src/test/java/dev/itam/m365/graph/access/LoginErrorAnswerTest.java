package dev.itam.m365.graph.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginErrorAnswerTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "null",
                "[]",
                "\"x\"",
                "42",
                "{}",
                "<html><body>Bad Request</body></html>",
                "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Graph's shape\"}}",
                "{\"error\":\"invalid_request\"}",
                "{\"error_description\":\"AADSTS90002: no error\"}",
                "{\"error\":\"invalid_request\",\"error_description\":\" \"}",
                "{\"error\":1,\"error_description\":2}",
                "{\"error\":\"invalid_request\",\"error_description\":\"cut off"
            })
    void anyBodyButEntrasErrorShapeIsUnreadable(String body) {
        LoginErrorAnswer answer = LoginErrorAnswer.read(400, "application/json", body);

        assertThat(answer.readable()).isFalse();
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isNull();
        assertThat(answer.description()).isNull();
    }

    @Test
    void entrasErrorShapeIsRead() {
        LoginErrorAnswer answer = LoginErrorAnswer.read(
                401,
                "application/json; charset=utf-8",
                "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret.\","
                        + "\"error_codes\":[7000215],\"trace_id\":\"t\"}");

        assertThat(answer.readable()).isTrue();
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(answer.error()).isEqualTo("invalid_client");
        assertThat(answer.description()).isEqualTo("AADSTS7000215: Invalid client secret.");
    }
}
