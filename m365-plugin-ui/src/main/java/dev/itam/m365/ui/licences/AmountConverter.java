package dev.itam.m365.ui.licences;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * A price's amount as the page's language writes it: {@code 20,60} on German pages, {@code 20.60} on
 * English ones. Strict: no grouping separators and nothing after the number, so that a German
 * {@code 20.60} is refused rather than read as 2060.
 */
@FacesConverter("m365.amount")
public class AmountConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal amount = parse(value, context.getViewRoot().getLocale());
        if (amount == null) {
            // the component's converterMessage replaces this summary with the page's sentence
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, value, value));
        }
        return amount;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : format(value, context.getViewRoot().getLocale());
    }

    /** The amount {@code text} writes in {@code locale}, or null when it is no such number. */
    static BigDecimal parse(String text, Locale locale) {
        String trimmed = text.strip();
        DecimalFormat format = format(locale);
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(trimmed, position);
        // a DecimalFormat parses NaN and infinity as a Double even in BigDecimal mode
        if (!(parsed instanceof BigDecimal amount) || position.getIndex() != trimmed.length()) {
            return null;
        }
        return amount;
    }

    /** {@code amount} as {@code locale} writes it, with the decimals it has. */
    static String format(BigDecimal amount, Locale locale) {
        DecimalFormat format = format(locale);
        format.setMinimumFractionDigits(Math.max(0, amount.scale()));
        format.setMaximumFractionDigits(Math.max(0, amount.scale()));
        return format.format(amount);
    }

    private static DecimalFormat format(Locale locale) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        format.setGroupingUsed(false);
        return format;
    }
}
