package dev.itam.m365.catalogue;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.persistence.StoredText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads Microsoft's "Product names and service plan identifiers for licensing" CSV: UTF-8 with a
 * byte order mark, CRLF, one row per SKU and service plan; the columns used are
 * Product_Display_Name, String_Id and GUID.
 */
final class ProductNamesCsv {

    private static final List<String> COLUMNS = List.of("Product_Display_Name", "String_Id", "GUID");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private ProductNamesCsv() {}

    /** @throws InvalidInputException when the text is not that CSV */
    static List<ProductName> read(Reader text) {
        Map<String, ProductName> names = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (BufferedReader reader = new BufferedReader(text);
                CSVParser rows = format.parse(skipByteOrderMark(reader))) {
            for (String column : COLUMNS) {
                if (!rows.getHeaderMap().containsKey(column)) {
                    throw refused(Violation.coded(
                            "file",
                            "productNames.column.missing",
                            "The file has no column " + column + ". Upload Microsoft's \"Product names and service"
                                    + " plan identifiers for licensing\" CSV unchanged.",
                            column));
                }
            }
            for (CSVRecord row : rows) {
                String skuId = clean(row.get("GUID"));
                if (!GUID.matcher(skuId).matches()) {
                    throw refused(Violation.coded(
                            "file",
                            "productNames.guid.notSkuId",
                            "Line " + row.getRecordNumber() + " has '" + skuId + "' as GUID, which is not a SKU id.",
                            row.getRecordNumber(),
                            skuId));
                }
                String key = skuId.toLowerCase(Locale.ROOT);
                names.putIfAbsent(
                        key,
                        new ProductName(
                                key,
                                cell(row, "String_Id", SkuTitleEntity.MAX_PART_NUMBER),
                                cell(row, "Product_Display_Name", SkuTitleEntity.MAX_TITLE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw refused(Violation.coded(
                    "file",
                    "productNames.unreadable",
                    "The file is not a readable CSV: " + e.getMessage(),
                    e.getMessage()));
        }
        if (names.isEmpty()) {
            throw refused(Violation.coded("file", "productNames.empty", "The file lists no SKUs."));
        }
        return List.copyOf(names.values());
    }

    /** A cell as it can be stored: one line of visible characters, within its column's length. */
    private static String cell(CSVRecord row, String column, int maxLength) {
        String text = clean(row.get(column));
        String line = "Line " + row.getRecordNumber() + " has ";
        Optional<StoredText.Forbidden> forbidden = StoredText.forbidden(text, false);
        if (forbidden.isPresent()) {
            Object[] character = forbidden.get().arguments();
            throw refused(Violation.coded(
                    "file",
                    "productNames.cell.forbidden",
                    line + forbidden.get().description() + " in " + column + ".",
                    character[0],
                    character[1],
                    character[2],
                    row.getRecordNumber(),
                    column));
        }
        if (text.isEmpty() || text.length() > maxLength) {
            throw refused(Violation.coded(
                    "file",
                    "productNames.cell.length",
                    line + text.length() + " characters in " + column + "; 1 to " + maxLength + " are allowed.",
                    row.getRecordNumber(),
                    text.length(),
                    column,
                    maxLength));
        }
        return text;
    }

    /** Microsoft's file has cells ending in no-break spaces, which {@link String#strip()} keeps. */
    private static String clean(String cell) {
        return cell.replace('\u00A0', ' ').strip();
    }

    private static Reader skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static InvalidInputException refused(Violation violation) {
        return new InvalidInputException(List.of(violation));
    }
}
