package dev.itam.m365.persistence;

import java.util.Optional;

/**
 * What a text column of the plugin holds on every supported database, so rules can refuse input
 * the database would reject with an error instead. Lengths are {@link String#length()} (UTF-16
 * units): H2 counts the same, PostgreSQL and MariaDB ({@code utf8mb4}) count code points, never
 * more. Control characters are refused because PostgreSQL stores no NUL and none belongs in a name;
 * unpaired surrogates because they are no Unicode text (a driver would store "?").
 */
public final class StoredText {

    private StoredText() {}

    /**
     * The first character a text may not contain, described for an admin, e.g. "a control
     * character (U+0000) at position 4"; empty when the text is fine.
     *
     * @param lineBreaks whether tabs and line breaks are allowed (a description), or not (a name)
     */
    public static Optional<String> forbiddenCharacter(String text, boolean lineBreaks) {
        return forbidden(text, lineBreaks).map(Forbidden::description);
    }

    /** The first character a text may not contain, as the parts of its description; empty when the text is fine. */
    public static Optional<Forbidden> forbidden(String text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new Forbidden(true, codePoint(c), i + 1));
            } else if (Character.isISOControl(c) && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of(new Forbidden(false, codePoint(c), i + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * A character a text may not contain.
     *
     * @param surrogate an unpaired surrogate, else a control character
     * @param codePoint such as {@code U+0000}
     * @param position  where it is, counted from 1
     */
    public record Forbidden(boolean surrogate, String codePoint, int position) {

        /** For an admin, e.g. "a control character (U+0000) at position 4". */
        public String description() {
            return (surrogate ? "an unpaired surrogate" : "a control character") + " (" + codePoint + ") at position "
                    + position;
        }

        /** The arguments of a coded violation: 1 for a surrogate or 0, the code point, the position. */
        public Object[] arguments() {
            return new Object[] {surrogate ? 1 : 0, codePoint, position};
        }
    }

    private static String codePoint(char c) {
        return "U+" + String.format("%04X", (int) c);
    }

    /**
     * The text cut to {@code maxLength} when longer, never between the two halves of a character
     * outside the BMP; for what is recorded rather than entered, such as a user name.
     */
    public static String clipped(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return text.substring(0, end);
    }
}
