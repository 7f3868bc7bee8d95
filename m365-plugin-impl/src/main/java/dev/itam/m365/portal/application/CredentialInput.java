package dev.itam.m365.portal.application;

import dev.itam.m365.credential.ClientCertificate;
import java.time.LocalDate;

/** What a checked draft asks to do with the portal's credential. */
sealed interface CredentialInput {

    /** A client secret entered in full. */
    record NewSecret(String secretId, String value, LocalDate expiresOn) implements CredentialInput {
        @Override
        public String toString() {
            return "NewSecret[secretId=" + secretId + ", expiresOn=" + expiresOn + "]";
        }
    }

    /** The stored secret value under a corrected id or expiry date. */
    record SecretDetails(String secretId, LocalDate expiresOn) implements CredentialInput {}

    /** A certificate whose key has been checked against it. */
    record NewCertificate(ClientCertificate certificate) implements CredentialInput {}

    /** Keep whatever is stored. */
    record Unchanged() implements CredentialInput {}
}
