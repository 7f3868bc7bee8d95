package dev.itam.m365.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * A portal's name: the prefix of every licence and product it imports, so it is unique regardless
 * of case. The lower-cased key is stored beside it and carries the database's unique constraint; it
 * may be longer than the name (İ lower-cases to two characters), so both must fit.
 */
@Embeddable
public class PortalName {

    public static final int MAX_LENGTH = 100;

    @Column(name = "NAME", nullable = false, length = MAX_LENGTH)
    private String value;

    @Column(name = "NAME_KEY", nullable = false, length = MAX_LENGTH)
    private String key;

    protected PortalName() {}

    private PortalName(String value) {
        this.value = value;
        this.key = keyOf(value);
    }

    /** @throws IllegalArgumentException when blank, or it or its key is longer than {@value #MAX_LENGTH} characters */
    public static PortalName of(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || keyOf(trimmed).length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A portal name has 1 to " + MAX_LENGTH + " characters");
        }
        return new PortalName(trimmed);
    }

    /** The form two names are compared in: equal keys mean the same name. */
    public static String keyOf(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    public String value() {
        return value;
    }

    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return value;
    }
}
