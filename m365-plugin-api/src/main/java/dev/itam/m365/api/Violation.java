package dev.itam.m365.api;

import java.util.List;

/**
 * One broken rule of an input, tied to the field an admin has to correct.
 *
 * <p>A rule that pages may show in other languages also names itself: {@code code} is a stable key
 * of the rule (such as {@code portal.tenantId.notGuid}) and {@code arguments} are the values its
 * sentence fills in, in order, as text. A page translates a code it knows and shows the English
 * {@code message} otherwise. Both are null for rules without a code.
 *
 * @param field     the input field, in the names the REST API and the pages use
 * @param message   what is wrong and how to put it right, in English
 * @param code      the rule's stable key, or null
 * @param arguments the values the rule's sentence names, or null without a code
 */
public record Violation(String field, String message, String code, List<String> arguments) {

    public Violation {
        arguments = arguments == null ? null : List.copyOf(arguments);
    }

    /** A violation without a code: shown in English on every page. */
    public Violation(String field, String message) {
        this(field, message, null, null);
    }

    /** A violation of the rule {@code code}, whose sentence names {@code arguments}. */
    public static Violation coded(String field, String code, String message, Object... arguments) {
        return new Violation(
                field,
                message,
                code,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
