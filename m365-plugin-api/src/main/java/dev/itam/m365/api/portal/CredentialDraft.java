package dev.itam.m365.api.portal;

import java.time.LocalDate;

/**
 * A credential as an admin enters it. Only the fields of the chosen {@link AuthenticationType} are
 * read: a client secret needs {@code secretId}, {@code secretValue} and {@code secretExpiresOn}; a
 * certificate needs either {@code certificatePem} with {@code privateKeyPem}, or a PKCS#12 file as
 * {@code pkcs12Base64} with its {@code pkcs12Password}.
 */
public record CredentialDraft(
        AuthenticationType type,
        String secretId,
        String secretValue,
        LocalDate secretExpiresOn,
        String certificatePem,
        String privateKeyPem,
        String pkcs12Base64,
        String pkcs12Password) {

    public static CredentialDraft clientSecret(String secretId, String secretValue, LocalDate expiresOn) {
        return new CredentialDraft(
                AuthenticationType.CLIENT_SECRET, secretId, secretValue, expiresOn, null, null, null, null);
    }

    public static CredentialDraft pemCertificate(String certificatePem, String privateKeyPem) {
        return new CredentialDraft(
                AuthenticationType.CERTIFICATE, null, null, null, certificatePem, privateKeyPem, null, null);
    }

    public static CredentialDraft pkcs12(String pkcs12Base64, String password) {
        return new CredentialDraft(
                AuthenticationType.CERTIFICATE, null, null, null, null, null, pkcs12Base64, password);
    }

    /** Keeps secrets out of logs and exception messages. */
    @Override
    public String toString() {
        return "CredentialDraft[type=" + type + ", secretId=" + secretId + ", secretExpiresOn=" + secretExpiresOn + "]";
    }
}
