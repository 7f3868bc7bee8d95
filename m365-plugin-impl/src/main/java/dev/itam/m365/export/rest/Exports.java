package dev.itam.m365.export.rest;

import dev.itam.m365.export.domain.CsvDialect;
import dev.itam.m365.export.domain.CsvWriter;
import dev.itam.m365.export.domain.ExportTable;
import dev.itam.m365.export.domain.RowSink;
import dev.itam.m365.export.domain.RowSource;
import dev.itam.m365.export.domain.XlsxWriter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The answer of an export method: the format the request accepts, in its locale's CSV dialect
 * ({@code Accept-Language}), as an attachment named after the table, streamed while the rows are
 * read. Whatever can be refused (bad parameters, an unknown licence) must be refused before: once the
 * first bytes are out, the status is sent.
 */
public final class Exports {

    private Exports() {}

    public static <T> Response response(HttpHeaders headers, ExportTable<T> table, RowSource<T> rows) {
        ExportFormat format = ExportFormat.accepted(headers);
        CsvDialect dialect = CsvDialect.of(locale(headers));
        StreamingOutput body = out -> {
            try (RowSink<T> sink = sink(format, table, dialect, out)) {
                rows.forEach(sink::write);
            }
        };
        String type = format == ExportFormat.CSV
                ? format.mediaType() + "; charset=UTF-8"
                : format.mediaType().toString();
        return Response.ok(body, type)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + table.name() + "." + format.extension() + "\"")
                .build();
    }

    private static <T> RowSink<T> sink(
            ExportFormat format, ExportTable<T> table, CsvDialect dialect, OutputStream out) {
        return format == ExportFormat.CSV ? new CsvWriter<>(table, dialect, out) : new XlsxWriter<>(table, out);
    }

    /** The first language the request accepts; {@link Locale#ROOT} when it names none. */
    static Locale locale(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(locale -> !locale.getLanguage().equals("*")
                        && !locale.getLanguage().isEmpty())
                .findFirst()
                .orElse(Locale.ROOT);
    }
}
