package dev.itam.m365.portal.application;

import dev.itam.m365.credential.ClientCertificate;
import dev.itam.m365.portal.domain.StoredCredential;
import dev.itam.m365.secret.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Encrypts the secret part of a checked credential before it reaches the entity. */
@ApplicationScoped
class CredentialSealer {

    static final String SECRET_PURPOSE = "client-secret";
    static final String PRIVATE_KEY_PURPOSE = "private-key";

    @Inject
    SecretCipher cipher;

    StoredCredential seal(CredentialInput input, StoredCredential stored) {
        if (input instanceof CredentialInput.NewSecret secret) {
            return StoredCredential.clientSecret(
                    secret.secretId(), cipher.encrypt(secret.value(), SECRET_PURPOSE), secret.expiresOn());
        }
        if (input instanceof CredentialInput.SecretDetails details) {
            return stored.withSecretDetails(details.secretId(), details.expiresOn());
        }
        if (input instanceof CredentialInput.NewCertificate newCertificate) {
            ClientCertificate certificate = newCertificate.certificate();
            return StoredCredential.certificate(
                    certificate.certificatePem(),
                    cipher.encrypt(certificate.privateKeyPkcs8(), PRIVATE_KEY_PURPOSE),
                    certificate.thumbprint(),
                    certificate.subject(),
                    certificate.expiresAt());
        }
        return stored;
    }
}
