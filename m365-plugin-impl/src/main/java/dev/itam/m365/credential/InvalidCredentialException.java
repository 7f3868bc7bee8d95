package dev.itam.m365.credential;

/** Credential input that cannot be used; the message tells the admin what to supply instead. */
public class InvalidCredentialException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidCredentialException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field to correct, e.g. {@code credential.privateKeyPem}. */
    public String field() {
        return field;
    }
}
