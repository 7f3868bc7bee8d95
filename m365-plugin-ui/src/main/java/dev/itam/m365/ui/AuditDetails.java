package dev.itam.m365.ui;

import dev.itam.m365.api.audit.AuditAction;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry's detail in a language other than English. The audit log keeps the service's
 * English detail, in the forms it writes them: a price set as {@code 20.60 EUR per MONTH}, an
 * uploaded price list as {@code Lines: 3, licences priced: 2}. Those are told in the reader's words
 * and notation; any other detail is shown as it is.
 */
final class AuditDetails {

    private static final Pattern PRICE = Pattern.compile("(-?\\d{1,40}(?:\\.\\d{1,40})?) ([A-Z]{3}) per (MONTH|YEAR)");
    private static final Pattern UPLOAD = Pattern.compile("Lines: (\\d{1,9}), licences priced: (\\d{1,9})");

    private AuditDetails() {}

    static String of(Locale locale, AuditAction action, String detail) {
        if (detail == null || action == null) {
            return detail;
        }
        if (action == AuditAction.PRICE_SET) {
            Matcher price = PRICE.matcher(detail);
            if (price.matches()) {
                return Texts.text(
                        locale,
                        price.group(3).equals("YEAR") ? "price.aYear" : "price.aMonth",
                        Format.decimal(new BigDecimal(price.group(1)), locale) + " " + price.group(2));
            }
        }
        if (action == AuditAction.PRICES_UPLOADED) {
            Matcher upload = UPLOAD.matcher(detail);
            if (upload.matches()) {
                try {
                    return Texts.text(
                            locale,
                            "auditDetail.pricesUploaded",
                            Long.valueOf(upload.group(1)),
                            Long.valueOf(upload.group(2)));
                } catch (MissingResourceException untranslated) {
                    return detail;
                }
            }
        }
        return detail;
    }
}
