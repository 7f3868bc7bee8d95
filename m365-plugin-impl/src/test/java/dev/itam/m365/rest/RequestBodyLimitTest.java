package dev.itam.m365.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

    @BodyLimit(megabytes = 10)
    void catalogue() {}

    void anyOther() {}

    @Test
    void everyOperationTakesOneMegabyteUnlessItSaysMore() throws Exception {
        assertThat(RequestBodyLimit.limitOf(getClass().getDeclaredMethod("anyOther")))
                .isEqualTo(1_048_576);
        assertThat(RequestBodyLimit.limitOf(getClass().getDeclaredMethod("catalogue")))
                .isEqualTo(10_485_760);
        assertThat(RequestBodyLimit.limitOf(null)).isEqualTo(1_048_576);
    }

    @Test
    void aBodyWithoutLengthIsReadUpToTheLimitAndRefusedBeyond() throws IOException {
        assertThat(new RequestBodyLimit.Bounded(new ByteArrayInputStream(new byte[100]), 100).readAllBytes())
                .hasSize(100);

        InputStream tooLong =
                new RequestBodyLimit.Bounded(new ByteArrayInputStream(new byte[1_048_577]), RequestBodyLimit.MEGABYTE);
        assertThatThrownBy(tooLong::readAllBytes)
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessage("The body has more than 1 MB (1,048,576 bytes), the most this operation takes.");

        InputStream byteByByte = new RequestBodyLimit.Bounded(new ByteArrayInputStream(new byte[3]), 2);
        byteByByte.read();
        byteByByte.skip(1);
        assertThatThrownBy(byteByByte::read).isInstanceOf(BodyTooLargeException.class);
    }
}
