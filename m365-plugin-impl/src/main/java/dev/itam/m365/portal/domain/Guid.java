package dev.itam.m365.portal.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** GUIDs as Entra ID writes them (8-4-4-4-12 hex digits), compared and stored in lower case. */
public final class Guid {

    private static final Pattern FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Guid() {}

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches();
    }

    /** @throws IllegalArgumentException for anything {@link #isValid} rejects */
    public static String normalize(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("Not a GUID: " + text);
        }
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
