package dev.itam.m365.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed certificates with their keys, in every form an admin may upload (PEM, PKCS#1,
 * PKCS#12): the simulator's own TLS identity and the client certificates tests register on apps.
 */
public final class TestCertificates {

    private TestCertificates() {}

    /** A certificate with its key pair. */
    public record Issued(X509Certificate certificate, KeyPair keys) {

        public String certificatePem() {
            return pem(certificate);
        }

        /** PKCS#8, "BEGIN PRIVATE KEY". */
        public String privateKeyPem() {
            return "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes())
                            .encodeToString(keys.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
        }

        /** PKCS#1, "BEGIN RSA PRIVATE KEY", as OpenSSL 1.x writes it. */
        public String rsaPrivateKeyPem() {
            return pem(keys.getPrivate());
        }

        /** A PKCS#12 file holding certificate and key, Base64-encoded as the REST API takes it. */
        public String pkcs12Base64(String password) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("client", keys.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.store(out, password.toCharArray());
                return Base64.getEncoder().encodeToString(out.toByteArray());
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static Issued rsa(String commonName) {
        return issue(
                commonName,
                "RSA",
                2048,
                "SHA256withRSA",
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365)),
                null);
    }

    public static Issued rsaValidBetween(String commonName, Instant notBefore, Instant notAfter) {
        return issue(commonName, "RSA", 2048, "SHA256withRSA", notBefore, notAfter, null);
    }

    /** A server certificate for localhost and 127.0.0.1, valid for ten years. */
    static Issued loopbackServer(String subject) {
        GeneralNames loopback = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")
        });
        return issue(
                subject,
                "RSA",
                2048,
                "SHA256withRSA",
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(3650)),
                loopback);
    }

    public static Issued ec(String commonName) {
        return issue(
                commonName,
                "EC",
                256,
                "SHA256withECDSA",
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365)),
                null);
    }

    private static Issued issue(
            String commonName,
            String algorithm,
            int size,
            String signature,
            Instant notBefore,
            Instant notAfter,
            GeneralNames alternativeNames) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(size);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name(commonName.contains("=") ? commonName : "CN=" + commonName);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.valueOf(System.nanoTime()),
                    Date.from(notBefore),
                    Date.from(notAfter),
                    name,
                    keys.getPublic());
            if (alternativeNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
            }
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(signature).build(keys.getPrivate())));
            return new Issued(certificate, keys);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot issue a test certificate", e);
        }
    }

    private static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(new JcaMiscPEMGenerator(object));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
