package dev.itam.m365.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/** A certificate and the RSA private key that belongs to it, as Entra ID client credentials need them. */
public record ClientCertificate(X509Certificate certificate, RSAPrivateKey privateKey) {

    private static final Base64.Encoder PEM_BASE64 =
            Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    /** SHA-1 of the DER form in upper-case hex: the thumbprint the Entra admin centre shows. */
    public String thumbprint() {
        try {
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(der()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available in this JVM", e);
        }
    }

    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }

    public Instant expiresAt() {
        return certificate.getNotAfter().toInstant();
    }

    public String certificatePem() {
        return "-----BEGIN CERTIFICATE-----\n" + PEM_BASE64.encodeToString(der()) + "\n-----END CERTIFICATE-----\n";
    }

    /** The private key in PKCS#8 DER form, the form that is encrypted and stored. */
    public byte[] privateKeyPkcs8() {
        return privateKey.getEncoded();
    }

    private byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The certificate cannot be encoded", e);
        }
    }

    /** Keeps the private key out of logs. */
    @Override
    public String toString() {
        return "ClientCertificate[subject=" + subject() + ", thumbprint=" + thumbprint() + "]";
    }
}
