package dev.itam.m365.secret;

/** A stored secret cannot be decrypted: the encryption key changed or the value was altered. */
public class SecretUnreadableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretUnreadableException(String purpose, Throwable cause) {
        super(
                "The stored " + purpose
                        + " cannot be decrypted: the plugin's secret key (m365.secrets.key or its key file)"
                        + " differs from the one it was saved with. Restore that key, or enter the credential again.",
                cause);
    }
}
