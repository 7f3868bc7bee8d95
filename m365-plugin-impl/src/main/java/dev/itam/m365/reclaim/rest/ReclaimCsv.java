package dev.itam.m365.reclaim.rest;

import dev.itam.m365.api.reclaim.ReclaimRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes reclaim rows as CSV (RFC 4180: a header row, commas, CRLF, a cell quoted when it holds a
 * comma, quote or line break, its quotes doubled). Commons CSV's printer is not used: its class file
 * refers to SpotBugs annotations the build does not have, which javac warns about. A cell starting with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe, so a spreadsheet shows a user's name such as {@code =HYPERLINK(…)} as text
 * instead of running it as a formula.
 */
final class ReclaimCsv {

    static final List<String> HEADER = List.of(
            "licenceId",
            "skuPartNumber",
            "licenceTitle",
            "portalId",
            "portalName",
            "contactId",
            "displayName",
            "userPrincipalName",
            "department",
            "reason",
            "lastSignInAt",
            "assignedVia",
            "groupId",
            "monthlyCost",
            "currency");

    private final Writer out;

    ReclaimCsv(Writer out) {
        this.out = out;
        record(HEADER);
    }

    void write(ReclaimRow row) {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(Long.toString(row.licenceId()));
        cells.add(text(row.skuPartNumber()));
        cells.add(text(row.title()));
        cells.add(Long.toString(row.portalId()));
        cells.add(text(row.portalName()));
        cells.add(Long.toString(row.contactId()));
        cells.add(text(row.displayName()));
        cells.add(text(row.userPrincipalName()));
        cells.add(text(row.department()));
        cells.add(row.reason().name());
        cells.add(instant(row.lastSignInAt()));
        cells.add(row.assignedVia().name());
        cells.add(text(row.groupId()));
        cells.add(amount(row.monthlyCost()));
        cells.add(text(row.currency()));
        record(cells);
    }

    private void record(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quoted(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Text from the tenant, defused for spreadsheets; null is an empty cell. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
