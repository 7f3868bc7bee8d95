package dev.itam.m365.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.primefaces.component.export.CSVOptions;
import org.primefaces.component.export.ExcelOptions;

/**
 * What the pages' table exports ({@code p:dataExporter}) write, by the rules of the REST exports:
 * CSV with CRLF and, where the reader's language has a decimal comma (Accept-Language), semicolons
 * between cells (PrimeFaces adds the byte order mark for UTF-8 and quotes every cell); XLSX with
 * typed cells; and text a spreadsheet would run as a formula defused with a leading apostrophe
 * (OWASP CSV injection), in the columns' {@code exportValue}. The pages use the API alone, so this
 * repeats the one-line rule of the implementation's {@code FormulaGuard}.
 */
@Named
@ApplicationScoped
public class Spreadsheets {

    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    /** The text as a spreadsheet should show it; null is an empty cell. */
    public String text(Object value) {
        String text = value == null ? "" : value instanceof Enum<?> constant ? constant.name() : value.toString();
        return !text.isEmpty() && FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A moment as a date cell of the XLSX export, in UTC like the pages show it. */
    public LocalDateTime moment(Instant moment) {
        return moment == null ? null : LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
    }

    public CSVOptions getCsvOptions() {
        return csvOptions(FacesContext.getCurrentInstance().getExternalContext().getRequestLocale());
    }

    static CSVOptions csvOptions(Locale locale) {
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
        return new CSVOptions('"', separator, "\r\n");
    }

    public ExcelOptions getExcelOptions() {
        ExcelOptions options = new ExcelOptions();
        options.setStronglyTypedCells(true);
        options.setExcelDateTimeFormat("yyyy-mm-dd hh:mm:ss");
        return options;
    }
}
