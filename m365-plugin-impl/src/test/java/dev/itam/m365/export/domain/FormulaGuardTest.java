package dev.itam.m365.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaGuardTest {

    @Test
    void textASpreadsheetWouldRunGetsALeadingApostrophe() {
        assertThat(FormulaGuard.text("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(FormulaGuard.text("+49 30 1234")).isEqualTo("'+49 30 1234");
        assertThat(FormulaGuard.text("-2+3")).isEqualTo("'-2+3");
        assertThat(FormulaGuard.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(FormulaGuard.text("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void otherTextStaysAsItIs() {
        assertThat(FormulaGuard.text("Ann = Bob")).isEqualTo("Ann = Bob");
        assertThat(FormulaGuard.text(" =1")).isEqualTo(" =1");
        assertThat(FormulaGuard.text("'quoted")).isEqualTo("'quoted");
        assertThat(FormulaGuard.text("")).isEmpty();
        assertThat(FormulaGuard.text(null)).isEmpty();
    }
}
