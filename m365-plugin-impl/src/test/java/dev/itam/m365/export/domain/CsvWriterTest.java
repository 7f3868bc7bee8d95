package dev.itam.m365.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void utf8WithByteOrderMarkHeaderRfc4180QuotingAndCrlf() {
        byte[] csv = csv(CsvDialect.STANDARD, List.of(Person.ANN, Person.EVIL));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFid,name,cost,seen,enabled,kind\r\n"
                        + "1,\"Smith, Ann \"\"Annie\"\"\",20.83,2025-01-02T03:04:05Z,true,GUEST\r\n"
                        + "-2,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",,,,\r\n");
    }

    @Test
    void whereTheDecimalMarkIsACommaCellsAreSplitAtSemicolons() {
        String csv = new String(csv(CsvDialect.DECIMAL_COMMA, List.of(Person.ANN)), StandardCharsets.UTF_8);

        assertThat(csv)
                .isEqualTo("\uFEFFid;name;cost;seen;enabled;kind\r\n"
                        + "1;\"Smith, Ann \"\"Annie\"\"\";20,83;2025-01-02T03:04:05Z;true;GUEST\r\n");
    }

    @Test
    void aCellHoldingTheSeparatorOrALineBreakIsQuoted() {
        CsvWriter<Person> semicolons =
                new CsvWriter<>(Person.TABLE, CsvDialect.DECIMAL_COMMA, new ByteArrayOutputStream());

        assertThat(semicolons.quoted("a;b")).isEqualTo("\"a;b\"");
        assertThat(semicolons.quoted("a,b")).isEqualTo("a,b");
        assertThat(semicolons.quoted("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(semicolons.quoted("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(semicolons.quoted("plain")).isEqualTo("plain");
    }

    @Test
    void theDialectFollowsTheLocalesDecimalMark() {
        assertThat(CsvDialect.of(Locale.GERMANY)).isEqualTo(CsvDialect.DECIMAL_COMMA);
        assertThat(CsvDialect.of(Locale.FRANCE)).isEqualTo(CsvDialect.DECIMAL_COMMA);
        assertThat(CsvDialect.of(Locale.US)).isEqualTo(CsvDialect.STANDARD);
        assertThat(CsvDialect.of(Locale.UK)).isEqualTo(CsvDialect.STANDARD);
        assertThat(CsvDialect.of(Locale.ROOT)).isEqualTo(CsvDialect.STANDARD);
    }

    private static byte[] csv(CsvDialect dialect, List<Person> people) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter<Person> writer = new CsvWriter<>(Person.TABLE, dialect, out)) {
            people.forEach(writer::write);
        }
        return out.toByteArray();
    }
}
