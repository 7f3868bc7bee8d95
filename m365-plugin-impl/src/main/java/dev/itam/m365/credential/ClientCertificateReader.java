package dev.itam.m365.credential;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what an admin uploads into a {@link ClientCertificate}, refusing with a precise reason
 * anything Entra ID would reject later: unreadable input, keys other than RSA, a key that does not
 * belong to the certificate, a certificate that has expired.
 */
public final class ClientCertificateReader {

    static final String CERTIFICATE_FIELD = "credential.certificatePem";
    static final String KEY_FIELD = "credential.privateKeyPem";
    static final String PKCS12_FIELD = "credential.pkcs12Base64";
    static final String PKCS12_PASSWORD_FIELD = "credential.pkcs12Password";

    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+?)-----END \\1-----");
    /** DER prefix that wraps a PKCS#1 RSA key into PKCS#8: SEQUENCE, version 0, rsaEncryption, NULL. */
    private static final byte[] RSA_PKCS8_ALGORITHM = {
        0x02,
        0x01,
        0x00,
        0x30,
        0x0d,
        0x06,
        0x09,
        0x2a,
        (byte) 0x86,
        0x48,
        (byte) 0x86,
        (byte) 0xf7,
        0x0d,
        0x01,
        0x01,
        0x01,
        0x05,
        0x00
    };

    private final Clock clock;

    public ClientCertificateReader(Clock clock) {
        this.clock = clock;
    }

    public ClientCertificate fromPem(String certificatePem, String privateKeyPem) throws InvalidCredentialException {
        if (isBlank(certificatePem)) {
            throw new InvalidCredentialException(
                    CERTIFICATE_FIELD,
                    "portal.certificate.required",
                    "Paste the public certificate (PEM, starting with -----BEGIN CERTIFICATE-----).");
        }
        if (isBlank(privateKeyPem)) {
            throw new InvalidCredentialException(
                    KEY_FIELD,
                    "portal.privateKey.required",
                    "Paste the private key of the certificate (PEM, starting with -----BEGIN PRIVATE KEY-----).");
        }
        X509Certificate certificate = readCertificate(certificatePem);
        RSAPrivateKey key = readPrivateKey(privateKeyPem);
        return checked(certificate, key, KEY_FIELD);
    }

    /**
     * Rebuilds a stored certificate and key without judging them again: expiry and mismatches are
     * reported when the certificate is used, in the words of that moment.
     */
    public static ClientCertificate fromStored(String certificatePem, byte[] privateKeyPkcs8)
            throws InvalidCredentialException {
        X509Certificate certificate = readCertificate(certificatePem);
        try {
            return new ClientCertificate(certificate, (RSAPrivateKey)
                    KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(privateKeyPkcs8)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new InvalidCredentialException(
                    KEY_FIELD,
                    "portal.privateKey.storedUnreadable",
                    "The stored private key cannot be read as an RSA key.");
        }
    }

    public ClientCertificate fromPkcs12(String pkcs12Base64, String password) throws InvalidCredentialException {
        if (isBlank(pkcs12Base64)) {
            throw new InvalidCredentialException(
                    PKCS12_FIELD,
                    "portal.pkcs12.required",
                    "Upload the PKCS#12 file (.pfx or .p12) that holds the certificate and its private key.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(pkcs12Base64.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidCredentialException(
                    PKCS12_FIELD, "portal.pkcs12.notBase64", "The PKCS#12 file must be sent Base64-encoded.");
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), secret);
        } catch (IOException e) {
            throw new InvalidCredentialException(
                    PKCS12_PASSWORD_FIELD,
                    "portal.pkcs12.cannotOpen",
                    "The PKCS#12 file cannot be opened: the password is wrong or the file is damaged.");
        } catch (GeneralSecurityException e) {
            throw new InvalidCredentialException(
                    PKCS12_FIELD,
                    "portal.pkcs12.unreadable",
                    "The PKCS#12 file cannot be read: " + e.getMessage(),
                    e.getMessage());
        }
        return firstKeyEntry(store, secret);
    }

    private ClientCertificate firstKeyEntry(KeyStore store, char[] password) throws InvalidCredentialException {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate certificate = store.getCertificate(alias);
                if (!(key instanceof RSAPrivateKey rsaKey) || !(certificate instanceof X509Certificate x509)) {
                    throw new InvalidCredentialException(
                            PKCS12_FIELD,
                            "portal.pkcs12.notRsa",
                            "The PKCS#12 file must hold an RSA private key with its X.509 certificate; Entra ID signs client assertions with RSA.");
                }
                return checked(x509, rsaKey, PKCS12_FIELD);
            }
        } catch (GeneralSecurityException e) {
            throw new InvalidCredentialException(
                    PKCS12_PASSWORD_FIELD,
                    "portal.pkcs12.keyLocked",
                    "The private key in the PKCS#12 file cannot be unlocked with this password.");
        }
        throw new InvalidCredentialException(
                PKCS12_FIELD,
                "portal.pkcs12.noKey",
                "The PKCS#12 file holds no private key. Export the certificate together with its private key.");
    }

    private ClientCertificate checked(X509Certificate certificate, RSAPrivateKey key, String keyField)
            throws InvalidCredentialException {
        if (!(certificate.getPublicKey() instanceof RSAPublicKey publicKey)) {
            throw new InvalidCredentialException(
                    CERTIFICATE_FIELD,
                    "portal.certificate.notRsa",
                    "The certificate must carry an RSA public key; Entra ID signs client assertions with RSA.");
        }
        if (!publicKey.getModulus().equals(key.getModulus())) {
            throw new InvalidCredentialException(
                    keyField,
                    "portal.privateKey.mismatch",
                    "The private key does not belong to this certificate. Supply the key that was created together with the certificate.");
        }
        if (certificate.getNotAfter().toInstant().isBefore(clock.instant())) {
            throw new InvalidCredentialException(
                    CERTIFICATE_FIELD,
                    "portal.certificate.expired",
                    "The certificate expired on " + certificate.getNotAfter().toInstant()
                            + ". Create a new certificate and upload it to the app registration too.",
                    certificate.getNotAfter().toInstant());
        }
        return new ClientCertificate(certificate, key);
    }

    private static X509Certificate readCertificate(String pem) throws InvalidCredentialException {
        try {
            Certificate certificate = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
            return (X509Certificate) certificate;
        } catch (CertificateException | ClassCastException e) {
            throw new InvalidCredentialException(
                    CERTIFICATE_FIELD,
                    "portal.certificate.unreadable",
                    "The certificate is not a readable PEM X.509 certificate. Paste the text between and including the BEGIN/END CERTIFICATE lines.");
        }
    }

    private static RSAPrivateKey readPrivateKey(String pem) throws InvalidCredentialException {
        Matcher block = PEM_BLOCK.matcher(pem);
        if (!block.find()) {
            throw new InvalidCredentialException(
                    KEY_FIELD,
                    "portal.privateKey.notPem",
                    "The private key is not PEM text. Paste the block starting with -----BEGIN PRIVATE KEY-----.");
        }
        String label = block.group(1);
        byte[] der = Base64.getMimeDecoder().decode(block.group(2).replaceAll("\\s", ""));
        byte[] pkcs8 = switch (label) {
            case "PRIVATE KEY" -> der;
            case "RSA PRIVATE KEY" -> wrapPkcs1(der);
            case "ENCRYPTED PRIVATE KEY" ->
                throw new InvalidCredentialException(
                        KEY_FIELD,
                        "portal.privateKey.encrypted",
                        "The private key is encrypted. Supply it unencrypted, or upload certificate and key as a PKCS#12 file with its password.");
            default ->
                throw new InvalidCredentialException(
                        KEY_FIELD,
                        "portal.privateKey.notRsaBlock",
                        "A '" + label
                                + "' block is not an RSA private key. Entra ID client certificates need an RSA key.",
                        label);
        };
        try {
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return (RSAPrivateKey) key;
        } catch (GeneralSecurityException e) {
            throw new InvalidCredentialException(
                    KEY_FIELD,
                    "portal.privateKey.notRsa",
                    "The private key cannot be read as an RSA key. Entra ID client certificates need an RSA key.");
        }
    }

    private static byte[] wrapPkcs1(byte[] pkcs1) {
        byte[] octetString = concat(new byte[] {0x04}, derLength(pkcs1.length), pkcs1);
        byte[] body = concat(RSA_PKCS8_ALGORITHM, octetString);
        return concat(new byte[] {0x30}, derLength(body.length), body);
    }

    private static byte[] derLength(int length) {
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        if (length < 0x100) {
            return new byte[] {(byte) 0x81, (byte) length};
        }
        return new byte[] {(byte) 0x82, (byte) (length >> 8), (byte) length};
    }

    private static byte[] concat(byte[]... parts) {
        int total = 0;
        for (byte[] part : parts) {
            total += part.length;
        }
        byte[] result = new byte[total];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, result, offset, part.length);
            offset += part.length;
        }
        return result;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
