package dev.itam.m365.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.simulator.TestCertificates;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ClientCertificateReaderTest {

    private final ClientCertificateReader reader = new ClientCertificateReader(Clock.systemUTC());
    private final TestCertificates.Issued issued = TestCertificates.rsa("contoso-app");

    @Test
    void readsPemCertificateWithPkcs8Key() throws Exception {
        ClientCertificate certificate = reader.fromPem(issued.certificatePem(), issued.privateKeyPem());

        assertThat(certificate.certificate()).isEqualTo(issued.certificate());
        assertThat(certificate.privateKeyPkcs8())
                .isEqualTo(issued.keys().getPrivate().getEncoded());
        assertThat(certificate.subject()).isEqualTo("CN=contoso-app");
        assertThat(certificate.expiresAt())
                .isEqualTo(issued.certificate().getNotAfter().toInstant());
        assertThat(certificate.thumbprint())
                .isEqualTo(HexFormat.of()
                        .withUpperCase()
                        .formatHex(MessageDigest.getInstance("SHA-1")
                                .digest(issued.certificate().getEncoded())));
        assertThat(certificate.toString()).doesNotContain(issued.privateKeyPem().substring(40, 80));
    }

    @Test
    void readsPkcs1RsaKeyAsOpenSslWritesIt() throws Exception {
        String pkcs1 = issued.rsaPrivateKeyPem();
        assertThat(pkcs1).startsWith("-----BEGIN RSA PRIVATE KEY-----");

        ClientCertificate certificate = reader.fromPem(issued.certificatePem(), pkcs1);

        assertThat(certificate.privateKeyPkcs8())
                .isEqualTo(issued.keys().getPrivate().getEncoded());
    }

    @Test
    void storedPemReadsBackToTheSameCertificate() throws Exception {
        ClientCertificate certificate = reader.fromPem(issued.certificatePem(), issued.privateKeyPem());
        ClientCertificate again = reader.fromPem(certificate.certificatePem(), issued.privateKeyPem());
        assertThat(again.certificate()).isEqualTo(issued.certificate());
    }

    @Test
    void readsPkcs12WithItsPassword() throws Exception {
        ClientCertificate certificate = reader.fromPkcs12(issued.pkcs12Base64("s3cret"), "s3cret");

        assertThat(certificate.certificate()).isEqualTo(issued.certificate());
        assertThat(certificate.privateKeyPkcs8())
                .isEqualTo(issued.keys().getPrivate().getEncoded());
    }

    @Test
    void wrongPkcs12PasswordIsNamed() {
        assertThatThrownBy(() -> reader.fromPkcs12(issued.pkcs12Base64("s3cret"), "guess"))
                .isInstanceOfSatisfying(
                        InvalidCredentialException.class,
                        e -> assertThat(e.code()).isEqualTo("portal.pkcs12.cannotOpen"))
                .hasMessage("The PKCS#12 file cannot be opened: the password is wrong or the file is damaged.")
                .extracting(e -> ((InvalidCredentialException) e).field())
                .isEqualTo("credential.pkcs12Password");
    }

    @Test
    void pkcs12ThatIsNotBase64IsNamed() {
        assertThatThrownBy(() -> reader.fromPkcs12("%%% not base64 %%%", "x"))
                .hasMessage("The PKCS#12 file must be sent Base64-encoded.");
    }

    @Test
    void keyOfAnotherCertificateIsRefused() {
        TestCertificates.Issued other = TestCertificates.rsa("other");
        assertThatThrownBy(() -> reader.fromPem(issued.certificatePem(), other.privateKeyPem()))
                .isInstanceOf(InvalidCredentialException.class)
                .hasMessage(
                        "The private key does not belong to this certificate. Supply the key that was created together with the certificate.")
                .extracting(e -> ((InvalidCredentialException) e).field())
                .isEqualTo("credential.privateKeyPem");
    }

    @Test
    void expiredCertificateIsRefused() {
        Instant notAfter = Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        TestCertificates.Issued expired =
                TestCertificates.rsaValidBetween("old", notAfter.minus(Duration.ofDays(30)), notAfter);
        assertThatThrownBy(() -> reader.fromPem(expired.certificatePem(), expired.privateKeyPem()))
                .hasMessage("The certificate expired on " + notAfter
                        + ". Create a new certificate and upload it to the app registration too.")
                .isInstanceOfSatisfying(InvalidCredentialException.class, e -> {
                    assertThat(e.code()).isEqualTo("portal.certificate.expired");
                    assertThat(e.arguments()).containsExactly(notAfter.toString());
                });
    }

    @Test
    void nonRsaKeysAreRefused() {
        TestCertificates.Issued ec = TestCertificates.ec("ec");
        assertThatThrownBy(() -> reader.fromPem(ec.certificatePem(), ec.privateKeyPem()))
                .hasMessage(
                        "The private key cannot be read as an RSA key. Entra ID client certificates need an RSA key.");
        assertThatThrownBy(() -> reader.fromPkcs12(ec.pkcs12Base64("pw"), "pw"))
                .hasMessage(
                        "The PKCS#12 file must hold an RSA private key with its X.509 certificate; Entra ID signs client assertions with RSA.");
    }

    @Test
    void encryptedPemKeysAskForAnotherForm() {
        String encrypted = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----";
        assertThatThrownBy(() -> reader.fromPem(issued.certificatePem(), encrypted))
                .hasMessage(
                        "The private key is encrypted. Supply it unencrypted, or upload certificate and key as a PKCS#12 file with its password.");
    }

    @Test
    void garbageIsNamedPerField() {
        assertThatThrownBy(() -> reader.fromPem("hello", issued.privateKeyPem()))
                .extracting(e -> ((InvalidCredentialException) e).field())
                .isEqualTo("credential.certificatePem");
        assertThatThrownBy(() -> reader.fromPem(issued.certificatePem(), "hello"))
                .hasMessage(
                        "The private key is not PEM text. Paste the block starting with -----BEGIN PRIVATE KEY-----.");
        assertThatThrownBy(() -> reader.fromPem(null, issued.privateKeyPem()))
                .hasMessage("Paste the public certificate (PEM, starting with -----BEGIN CERTIFICATE-----).");
        assertThatThrownBy(() -> reader.fromPem(issued.certificatePem(), " "))
                .hasMessage(
                        "Paste the private key of the certificate (PEM, starting with -----BEGIN PRIVATE KEY-----).");
    }
}
