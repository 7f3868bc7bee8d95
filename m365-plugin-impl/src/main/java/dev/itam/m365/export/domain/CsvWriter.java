package dev.itam.m365.export.domain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a table as CSV: UTF-8 beginning with a byte order mark (without it Excel reads UTF-8 as the
 * system's code page and garbles every umlaut), a header row, RFC 4180 quoting (a cell holding the
 * separator, a quote or a line break in quotes, its quotes doubled), CRLF after every row; separator
 * and decimal mark of the {@link CsvDialect}. Instants are ISO 8601 in UTC, flags {@code true} and
 * {@code false}, text passes the {@link FormulaGuard}. Commons CSV's printer is not used: its class
 * file refers to SpotBugs annotations the build does not have, which javac warns about.
 *
 * @param <T> the type of the rows
 */
public final class CsvWriter<T> implements RowSink<T> {

    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ExportTable<T> table;
    private final CsvDialect dialect;
    private final Writer out;

    public CsvWriter(ExportTable<T> table, CsvDialect dialect, OutputStream stream) {
        this.table = table;
        this.dialect = dialect;
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        write(BYTE_ORDER_MARK);
        record(table.headers().stream().map(FormulaGuard::text).toList());
    }

    @Override
    public void write(T row) {
        List<String> cells = new ArrayList<>(table.columns().size());
        for (Column<T> column : table.columns()) {
            cells.add(cell(column.kind(), column.of(row)));
        }
        record(cells);
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String cell(Column.CellKind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> FormulaGuard.text(value instanceof Enum<?> constant ? constant.name() : value.toString());
            case NUMBER -> number((Number) value);
            case INSTANT -> ((Instant) value).toString();
            case FLAG -> value.toString();
        };
    }

    private String number(Number value) {
        String plain = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        return dialect.decimalMark() == '.' ? plain : plain.replace('.', dialect.decimalMark());
    }

    private void record(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(dialect.separator());
            }
            line.append(quoted(cells.get(i)));
        }
        write(line.append("\r\n"));
    }

    String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == dialect.separator() || c == '"' || c == '\r' || c == '\n');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }

    private void write(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(char c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
