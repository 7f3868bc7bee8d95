package dev.itam.m365.export.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.export.domain.Column;
import dev.itam.m365.export.domain.ExportTable;
import dev.itam.m365.export.domain.RowSource;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExportsTest {

    private static final ExportTable<BigDecimal> AMOUNTS =
            new ExportTable<>("amounts", List.of(Column.number("amount", amount -> amount)));

    @Test
    void csvInTheLocaleOfTheRequestAsANamedAttachment() throws IOException {
        Response response = Exports.response(
                RequestHeaders.of("text/csv", Locale.GERMANY, Locale.US),
                AMOUNTS,
                RowSource.of(List.of(BigDecimal.ONE, new BigDecimal("2.50"))));

        assertThat(response.getMediaType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=\"amounts.csv\"");
        assertThat(body(response).toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFamount\r\n1\r\n2,50\r\n");
    }

    @Test
    void withoutALanguageDecimalsHaveADot() throws IOException {
        Response response =
                Exports.response(RequestHeaders.of("text/csv"), AMOUNTS, RowSource.of(List.of(new BigDecimal("2.50"))));

        assertThat(body(response).toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFamount\r\n2.50\r\n");
    }

    @Test
    void xlsxWhenAskedForIt() throws IOException {
        Response response = Exports.response(
                RequestHeaders.of(ExportFormat.XLSX_TYPE), AMOUNTS, RowSource.of(List.of(BigDecimal.ONE)));

        assertThat(response.getMediaType()).isEqualTo(MediaType.valueOf(ExportFormat.XLSX_TYPE));
        assertThat(response.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=\"amounts.xlsx\"");
        assertThat(body(response).toByteArray()).as("a zip file").startsWith('P', 'K');
    }

    @Test
    void theFirstFormatTheRequestAcceptsWins() {
        RequestHeaders both = new RequestHeaders(
                List.of(
                        MediaType.valueOf(ExportFormat.XLSX_TYPE),
                        MediaType.valueOf("text/csv"),
                        MediaType.WILDCARD_TYPE),
                List.of());

        assertThat(ExportFormat.accepted(both)).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.accepted(RequestHeaders.of("text/*"))).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.named("XLSX")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.named("pdf")).isEmpty();
        assertThat(ExportFormat.named(null)).isEmpty();
    }

    private static ByteArrayOutputStream body(Response response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        return out;
    }
}
