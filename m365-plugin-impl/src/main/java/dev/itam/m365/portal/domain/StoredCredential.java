package dev.itam.m365.portal.domain;

import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialSummary;
import dev.itam.m365.audit.domain.ChangedFields;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A portal's credential as stored: a client secret or a certificate with its private key. The
 * secret value and the private key are held only in encrypted form (see {@code SecretCipher}); the
 * certificate itself is public and kept as PEM.
 */
@Embeddable
public class StoredCredential {

    public static final int MAX_SECRET_ID = 100;
    /** Characters of the encrypted secret value's column; the rules derive the longest value from it. */
    public static final int ENCRYPTED_SECRET_COLUMN = 2000;

    public static final int MAX_CERTIFICATE_SUBJECT = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "AUTH_TYPE", nullable = false, length = 20)
    private AuthenticationType type;

    @Column(name = "SECRET_ID", length = MAX_SECRET_ID)
    private String secretId;

    @Column(name = "SECRET_VALUE_ENC", length = ENCRYPTED_SECRET_COLUMN)
    private String encryptedSecretValue;

    @Column(name = "SECRET_EXPIRES_ON")
    private LocalDate secretExpiresOn;

    @Column(name = "CERTIFICATE_PEM")
    private String certificatePem;

    @Column(name = "PRIVATE_KEY_ENC")
    private String encryptedPrivateKey;

    @Column(name = "CERTIFICATE_THUMBPRINT", length = 64)
    private String certificateThumbprint;

    @Column(name = "CERTIFICATE_SUBJECT", length = MAX_CERTIFICATE_SUBJECT)
    private String certificateSubject;

    @Column(name = "CERTIFICATE_EXPIRES_AT")
    private Instant certificateExpiresAt;

    protected StoredCredential() {}

    public static StoredCredential clientSecret(String secretId, String encryptedValue, LocalDate expiresOn) {
        StoredCredential credential = new StoredCredential();
        credential.type = AuthenticationType.CLIENT_SECRET;
        credential.secretId = secretId;
        credential.encryptedSecretValue = encryptedValue;
        credential.secretExpiresOn = expiresOn;
        return credential;
    }

    public static StoredCredential certificate(
            String certificatePem, String encryptedPrivateKey, String thumbprint, String subject, Instant expiresAt) {
        StoredCredential credential = new StoredCredential();
        credential.type = AuthenticationType.CERTIFICATE;
        credential.certificatePem = certificatePem;
        credential.encryptedPrivateKey = encryptedPrivateKey;
        credential.certificateThumbprint = thumbprint;
        credential.certificateSubject = subject;
        credential.certificateExpiresAt = expiresAt;
        return credential;
    }

    /** The same secret value under a corrected id or expiry date, as the edit tab allows. */
    public StoredCredential withSecretDetails(String newSecretId, LocalDate newExpiresOn) {
        if (type != AuthenticationType.CLIENT_SECRET) {
            throw new IllegalStateException("Only a client secret has secret details");
        }
        return clientSecret(newSecretId, encryptedSecretValue, newExpiresOn);
    }

    /**
     * The fields that differ from the credential before, by name: a secret value or private key
     * counts as changed when its ciphertext does, that is whenever an admin entered one again.
     */
    public ChangedFields changesFrom(StoredCredential before) {
        return new ChangedFields()
                .compare("credential.type", before.type, type)
                .compare("credential.secretId", before.secretId, secretId)
                .compare("credential.secretValue", before.encryptedSecretValue, encryptedSecretValue)
                .compare("credential.secretExpiresOn", before.secretExpiresOn, secretExpiresOn)
                .compare("credential.certificate", before.certificatePem, certificatePem)
                .compare("credential.privateKey", before.encryptedPrivateKey, encryptedPrivateKey);
    }

    public AuthenticationType type() {
        return type;
    }

    public String encryptedSecretValue() {
        return encryptedSecretValue;
    }

    public String certificatePem() {
        return certificatePem;
    }

    public String encryptedPrivateKey() {
        return encryptedPrivateKey;
    }

    /** When the credential in use stops working, if the plugin knows. */
    public Optional<CredentialExpiry> expiry() {
        if (type == AuthenticationType.CLIENT_SECRET && secretExpiresOn != null) {
            return Optional.of(CredentialExpiry.ofSecret(secretId, secretExpiresOn));
        }
        if (type == AuthenticationType.CERTIFICATE && certificateExpiresAt != null) {
            return Optional.of(CredentialExpiry.ofCertificate(certificateSubject, certificateExpiresAt));
        }
        return Optional.empty();
    }

    public CredentialSummary summary() {
        return new CredentialSummary(
                type,
                encryptedSecretValue != null,
                secretId,
                secretExpiresOn,
                certificatePem != null,
                certificateThumbprint,
                certificateSubject,
                certificateExpiresAt);
    }
}
