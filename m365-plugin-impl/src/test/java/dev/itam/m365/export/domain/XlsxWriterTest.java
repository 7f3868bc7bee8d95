package dev.itam.m365.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @Test
    void numbersDatesAndFlagsAreTypedCellsAndTextIsDefused() throws IOException {
        try (Workbook workbook = xlsx(Person.ANN, Person.EVIL)) {
            Sheet sheet = workbook.getSheet("people");
            assertThat(IntStream.range(0, 6)
                            .mapToObj(i -> sheet.getRow(0).getCell(i).getStringCellValue()))
                    .containsExactly("id", "name", "cost", "seen", "enabled", "kind");

            Row ann = sheet.getRow(1);
            assertThat(ann.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(ann.getCell(1).getStringCellValue()).isEqualTo("Smith, Ann \"Annie\"");
            assertThat(ann.getCell(2).getNumericCellValue()).isEqualTo(20.83);
            assertThat(ann.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(ann.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 1, 2, 3, 4, 5));
            assertThat(ann.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
            assertThat(ann.getCell(4).getBooleanCellValue()).isTrue();
            assertThat(ann.getCell(5).getStringCellValue()).isEqualTo("GUEST");

            Row evil = sheet.getRow(2);
            assertThat(evil.getCell(0).getNumericCellValue())
                    .as("a number is no formula")
                    .isEqualTo(-2.0);
            Cell name = evil.getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(evil.getCell(2)).as("null is no cell").isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void manyMoreRowsThanItKeepsInMemoryAllArrive() throws IOException {
        int rows = XlsxWriter.ROWS_IN_MEMORY * 25;
        Person[] people = IntStream.range(0, rows)
                .mapToObj(i -> new Person(i, "user " + i, null, null, true, Person.Kind.MEMBER))
                .toArray(Person[]::new);
        try (Workbook workbook = xlsx(people)) {
            Sheet sheet = workbook.getSheet("people");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            assertThat(sheet.getRow(rows).getCell(1).getStringCellValue()).isEqualTo("user " + (rows - 1));
        }
    }

    @Test
    void aSheetIsNamedAfterTheTableUpToExcelsLimit() throws IOException {
        ExportTable<Person> longName =
                new ExportTable<>("licence-9223372036854775807-consumers", Person.TABLE.columns());

        try (Workbook workbook = xlsx(longName)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("licence-9223372036854775807-con");
        }
    }

    private static Workbook xlsx(Person... people) throws IOException {
        return xlsx(Person.TABLE, people);
    }

    private static Workbook xlsx(ExportTable<Person> table, Person... people) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter<Person> writer = new XlsxWriter<>(table, out)) {
            for (Person person : people) {
                writer.write(person);
            }
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
