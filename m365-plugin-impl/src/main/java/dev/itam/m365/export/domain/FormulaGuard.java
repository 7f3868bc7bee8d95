package dev.itam.m365.export.domain;

/**
 * Defuses text that a spreadsheet would run as a formula (OWASP "CSV injection"): a cell starting with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a user named
 * {@code =HYPERLINK("http://evil.example","x")} shows as that text instead of a link. Every text cell of
 * every export passes here, in CSV and XLSX alike: names and departments come from the tenant, which
 * anyone with a directory account may edit. Numbers, dates and flags are written as such and need
 * no guard.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {}

    /** The text as a spreadsheet should show it; null is an empty cell. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
