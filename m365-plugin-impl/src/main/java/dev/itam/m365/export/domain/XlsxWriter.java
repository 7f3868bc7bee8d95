package dev.itam.m365.export.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as an XLSX workbook of one sheet with Apache POI's streaming SXSSF: only the last
 * {@value #ROWS_IN_MEMORY} rows stay in memory, the others go to a compressed temporary file that
 * {@link #close()} copies into the stream and deletes. Numbers are numeric cells (with as many
 * decimals as the value has), instants date cells in UTC, flags boolean cells, and text plain
 * string cells that passed the {@link FormulaGuard}: a string cell never runs as a formula, but the
 * guard keeps what the user sees the same as in CSV, where a leading apostrophe is the only defence.
 *
 * @param <T> the type of the rows
 */
public final class XlsxWriter<T> implements RowSink<T> {

    static final int ROWS_IN_MEMORY = 100;
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";
    /** Excel refuses longer sheet names. */
    private static final int SHEET_NAME = 31;

    private final ExportTable<T> table;
    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true);
    private final SXSSFSheet sheet;
    private final CellStyle dateTime;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();
    private int rows;

    public XlsxWriter(ExportTable<T> table, OutputStream out) {
        this.table = table;
        this.out = out;
        sheet = workbook.createSheet(
                table.name().substring(0, Math.min(table.name().length(), SHEET_NAME)));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat(DATE_TIME));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(rows++);
        for (int i = 0; i < table.columns().size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(FormulaGuard.text(table.columns().get(i).header()));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void write(T row) {
        Row line = sheet.createRow(rows++);
        for (int i = 0; i < table.columns().size(); i++) {
            Column<T> column = table.columns().get(i);
            Object value = column.of(row);
            if (value != null) {
                cell(line.createCell(i), column.kind(), value);
            }
        }
    }

    private void cell(Cell cell, Column.CellKind kind, Object value) {
        switch (kind) {
            case TEXT ->
                cell.setCellValue(
                        FormulaGuard.text(value instanceof Enum<?> constant ? constant.name() : value.toString()));
            case NUMBER -> number(cell, (Number) value);
            case INSTANT -> {
                cell.setCellValue(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
                cell.setCellStyle(dateTime);
            }
            case FLAG -> cell.setCellValue((Boolean) value);
        }
    }

    private void number(Cell cell, Number value) {
        cell.setCellValue(value.doubleValue());
        if (value instanceof BigDecimal decimal && decimal.scale() > 0) {
            cell.setCellStyle(decimals.computeIfAbsent(decimal.scale(), scale -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat("0." + "0".repeat(scale)));
                return style;
            }));
        }
    }

    @Override
    public void close() {
        try (SXSSFWorkbook finished = workbook) {
            finished.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
