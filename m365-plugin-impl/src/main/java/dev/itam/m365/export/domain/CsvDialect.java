package dev.itam.m365.export.domain;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The separators a spreadsheet program expects of a CSV file in the reader's locale: where the
 * decimal mark is a comma (German, French, …) Excel splits cells at semicolons and reads {@code 20,83}
 * as a number; elsewhere cells are split at commas and decimals have a dot.
 *
 * @param separator   between cells: {@code ,} or {@code ;}
 * @param decimalMark in numbers: {@code .} or {@code ,}
 */
public record CsvDialect(char separator, char decimalMark) {

    public static final CsvDialect STANDARD = new CsvDialect(',', '.');
    public static final CsvDialect DECIMAL_COMMA = new CsvDialect(';', ',');

    /** The dialect of a locale; {@link Locale#ROOT} (no language asked for) is the standard one. */
    public static CsvDialect of(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? DECIMAL_COMMA : STANDARD;
    }
}
