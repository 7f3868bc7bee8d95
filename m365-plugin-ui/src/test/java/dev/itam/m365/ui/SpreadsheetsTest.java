package dev.itam.m365.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

    private final Spreadsheets spreadsheets = new Spreadsheets();

    @Test
    void textASpreadsheetWouldRunIsDefused() {
        assertThat(spreadsheets.text("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(spreadsheets.text("+1")).isEqualTo("'+1");
        assertThat(spreadsheets.text("-1")).isEqualTo("'-1");
        assertThat(spreadsheets.text("@A1")).isEqualTo("'@A1");
        assertThat(spreadsheets.text("\t1")).isEqualTo("'\t1");
        assertThat(spreadsheets.text("\r1")).isEqualTo("'\r1");
        assertThat(spreadsheets.text("Ann = Bob")).isEqualTo("Ann = Bob");
        assertThat(spreadsheets.text(null)).isEmpty();
        assertThat(spreadsheets.text(Locale.Category.FORMAT)).isEqualTo("FORMAT");
    }

    @Test
    void semicolonsWhereTheDecimalMarkIsAComma() {
        assertThat(Spreadsheets.csvOptions(Locale.GERMANY).getDelimiterChar()).isEqualTo(';');
        assertThat(Spreadsheets.csvOptions(Locale.US).getDelimiterChar()).isEqualTo(',');
        assertThat(Spreadsheets.csvOptions(Locale.US).getEndOfLineSymbols()).isEqualTo("\r\n");
    }

    @Test
    void momentsAreUtc() {
        assertThat(spreadsheets.moment(Instant.parse("2025-01-02T03:04:05Z")))
                .isEqualTo(LocalDateTime.of(2025, 1, 2, 3, 4, 5));
        assertThat(spreadsheets.moment(null)).isNull();
    }
}
