package dev.itam.m365.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Graph's UTC form, read by hand, gives what {@link OffsetDateTime#parse} gives, or none where it fails. */
class GraphInstantTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2021-06-17T16:41:33Z",
                "2021-06-17T16:41:33.1Z",
                "2021-06-17T16:41:33.Z",
                "2021-06-17T16:41:33.1234567Z",
                "2021-06-17T16:41:33.123456789Z",
                " 2024-02-29T23:59:59Z ",
                "1970-01-01T00:00:00Z",
                "9999-12-31T00:00:00Z",
                "2021-06-17T18:41:33+02:00",
                "2021-06-17t16:41:33z"
            })
    void aReadableInstantIsWhatTheJavaParserReads(String text) {
        assertThat(GraphInstant.parse(text))
                .isNotNull()
                .isEqualTo(OffsetDateTime.parse(text.strip()).toInstant());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not a date",
                "",
                "2023-02-29T10:00:00Z",
                "2021-13-01T10:00:00Z",
                "2021-06-17T24:00:00Z",
                "2021-06-17T16:60:33Z",
                "2021-06-17T16:41:60Z",
                "2021-06-17T16:41:33.1234567890Z",
                "2021-06-17T16:41:33",
                "2021-06-17 16:41:33Z",
                "2021-06-1xT16:41:33Z"
            })
    void anUnreadableTextIsNoneAsTheJavaParserRefusesIt(String text) {
        assertThat(GraphInstant.parse(text)).isNull();
        assertThat(refused(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "9999-12-31T00:00:01Z"})
    void graphsZeroDateAndYearsTheDatabasesCannotStoreAreNone(String text) {
        assertThat(GraphInstant.parse(text)).isNull();
    }

    @Test
    void noTextIsNone() {
        assertThat(GraphInstant.parse(null)).isNull();
    }

    private static boolean refused(String text) {
        try {
            OffsetDateTime.parse(text.strip());
            return false;
        } catch (DateTimeParseException e) {
            return true;
        }
    }
}
