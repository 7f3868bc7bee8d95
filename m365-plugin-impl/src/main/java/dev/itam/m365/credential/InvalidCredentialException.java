package dev.itam.m365.credential;

import java.util.Arrays;
import java.util.List;

/**
 * Credential input that cannot be used; the message tells the admin what to supply instead. Like a
 * coded rule violation it names its rule ({@link #code()}) and the values its sentence fills in, so
 * pages can say it in the reader's language.
 */
public class InvalidCredentialException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;
    private final List<String> arguments;

    public InvalidCredentialException(String field, String code, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.code = code;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** The input field to correct, e.g. {@code credential.privateKeyPem}. */
    public String field() {
        return field;
    }

    /** The rule's stable key, such as {@code portal.certificate.expired}. */
    public String code() {
        return code;
    }

    /** The values the rule's sentence names, as text. */
    public List<String> arguments() {
        return arguments;
    }
}
