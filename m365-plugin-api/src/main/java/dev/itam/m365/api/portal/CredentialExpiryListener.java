package dev.itam.m365.api.portal;

/**
 * Told when a portal's credential reaches a warning threshold. Called on the importing thread, which
 * checks the credential before it signs in; it must return quickly.
 */
@FunctionalInterface
public interface CredentialExpiryListener {

    void warn(CredentialExpiryWarning warning);
}
