package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the exports back as a spreadsheet would (CSV by RFC 4180, XLSX with POI) and compares them
 * with the JSON answer of the same request, row by row and cell by cell.
 */
final class ExportFiles {

    static final String BOM = "\uFEFF";

    private ExportFiles() {}

    /**
     * The rows of a CSV file after its byte order mark, header first; a line break inside quotes is
     * text, outside them CRLF ends a row (a bare LF fails).
     */
    static List<List<String>> csv(String text, char separator) {
        assertThat(text).as("UTF-8 with a byte order mark").startsWith(BOM);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                assertThat(text.charAt(i + 1)).as("CRLF").isEqualTo('\n');
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a bare line feed").isNotEqualTo('\n');
                cell.append(c);
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The cells of the XLSX file's one sheet: text, numbers, date cells as LocalDateTime, flags; null for none. */
    static List<List<Object>> xlsx(byte[] body) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            int columns = sheet.getRow(0).getLastCellNum();
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    cells.add(row == null ? null : value(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue()
                        : (Object) cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> throw new AssertionError("a " + cell.getCellType() + " cell at " + cell.getAddress());
        };
    }

    /** Text as the exports defuse it for spreadsheets. */
    static String guarded(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * Each CSV row holds its JSON object's fields, by the header's names (a nested field by its path,
     * {@code seats.enabled}; {@code fields} renames a header), decimals with {@code decimalMark}.
     */
    static void csvMatches(
            List<List<String>> csv, List<JsonObject> json, Map<String, String> fields, char decimalMark) {
        List<String> header = csv.get(0);
        assertThat(csv).as("a header and one row per JSON object").hasSize(json.size() + 1);
        for (int r = 0; r < json.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String name = header.get(c);
                JsonValue value = field(json.get(r), fields.getOrDefault(name, name));
                String cell = csv.get(r + 1).get(c);
                String where = "row " + (r + 1) + ", " + name;
                if (value instanceof JsonNumber number) {
                    assertThat(new BigDecimal(cell.replace(decimalMark, '.')))
                            .as(where)
                            .isEqualByComparingTo(number.bigDecimalValue());
                    if (decimalMark == ',') {
                        assertThat(cell).as(where).doesNotContain(".");
                    }
                } else {
                    assertThat(cell).as(where).isEqualTo(text(value));
                }
            }
        }
    }

    /** Each XLSX row holds its JSON object's fields as typed cells: numbers, dates (UTC), flags, text. */
    static void xlsxMatches(
            List<List<Object>> xlsx, List<String> csvHeader, List<JsonObject> json, Map<String, String> fields) {
        assertThat(xlsx.get(0)).as("the CSV's header").isEqualTo(csvHeader);
        assertThat(xlsx).hasSize(json.size() + 1);
        for (int r = 0; r < json.size(); r++) {
            for (int c = 0; c < csvHeader.size(); c++) {
                String name = csvHeader.get(c);
                JsonValue value = field(json.get(r), fields.getOrDefault(name, name));
                Object cell = xlsx.get(r + 1).get(c);
                String where = "row " + (r + 1) + ", " + name;
                if (value == null || value == JsonValue.NULL) {
                    assertThat(cell).as(where).isNull();
                } else if (value instanceof JsonNumber number) {
                    assertThat(cell)
                            .as(where)
                            .isEqualTo(number.bigDecimalValue().doubleValue());
                } else if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                    assertThat(cell).as(where).isEqualTo(value == JsonValue.TRUE);
                } else if (cell instanceof LocalDateTime date) {
                    Instant expected = Instant.parse(((JsonString) value).getString());
                    assertThat(Duration.between(expected, date.toInstant(ZoneOffset.UTC))
                                    .abs())
                            .as(where + ": a date cell of " + expected)
                            .isLessThanOrEqualTo(Duration.ofMillis(1));
                } else {
                    assertThat(cell).as(where).isEqualTo(text(value));
                }
            }
        }
    }

    private static JsonValue field(JsonObject object, String path) {
        JsonValue value = object;
        for (String name : path.split("\\.")) {
            if (!(value instanceof JsonObject nested) || !nested.containsKey(name)) {
                return null;
            }
            value = nested.get(name);
        }
        return value;
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        if (value instanceof JsonString string) {
            return guarded(string.getString());
        }
        if (value instanceof JsonObject object) {
            return object.entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue())
                    .collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
