package dev.itam.m365.ui.settings;

import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialDraft;
import dev.itam.m365.ui.Format;
import dev.itam.m365.ui.Texts;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A credential as the "client secret" or "certificate" dialog collects it. The secret value, the
 * key and the PKCS#12 password are kept only here, in the admin's view, never rendered back, and
 * forgotten once the portal is saved.
 */
public class CredentialEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AuthenticationType type;
    private String secretId;
    private String secretValue;
    private LocalDate secretExpiresOn;
    private String certificateFile;
    private String certificateContent;
    private boolean pkcs12;
    private String keyFile;
    private String keyPem;
    private String pkcs12Password;

    CredentialEntry(AuthenticationType type) {
        this.type = type;
    }

    /** The certificate file is PEM text (perhaps after openssl's "Bag Attributes") or a binary PKCS#12 file. */
    public void certificateUploaded(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        byte[] content = file.getContent();
        pkcs12 = !new String(content, StandardCharsets.US_ASCII).contains("-----BEGIN CERTIFICATE-----");
        certificateContent =
                pkcs12 ? Base64.getEncoder().encodeToString(content) : new String(content, StandardCharsets.UTF_8);
        certificateFile = file.getFileName();
    }

    public void keyUploaded(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        keyPem = new String(file.getContent(), StandardCharsets.UTF_8);
        keyFile = file.getFileName();
    }

    /** A certificate needs its file, and a PEM certificate its key file too; the secret's fields are required by the dialog. */
    boolean isComplete() {
        return type == AuthenticationType.CLIENT_SECRET || certificateContent != null && (pkcs12 || keyPem != null);
    }

    CredentialDraft draft() {
        if (type == AuthenticationType.CLIENT_SECRET) {
            return CredentialDraft.clientSecret(secretId, secretValue, secretExpiresOn);
        }
        return pkcs12
                ? CredentialDraft.pkcs12(certificateContent, pkcs12Password)
                : CredentialDraft.pemCertificate(certificateContent, keyPem);
    }

    String summary() {
        if (type == AuthenticationType.CLIENT_SECRET) {
            return Texts.text("portal.credential.secret", secretId, new Format().day(secretExpiresOn));
        }
        return pkcs12
                ? Texts.text("portal.credential.pkcs12", certificateFile)
                : Texts.text("portal.credential.pem", certificateFile, keyFile);
    }

    public boolean isPkcs12() {
        return pkcs12;
    }

    public String getSecretId() {
        return secretId;
    }

    public void setSecretId(String secretId) {
        this.secretId = secretId;
    }

    /** Write-only: the page's password field never shows it again. */
    public String getSecretValue() {
        return null;
    }

    public void setSecretValue(String secretValue) {
        this.secretValue = secretValue;
    }

    public LocalDate getSecretExpiresOn() {
        return secretExpiresOn;
    }

    public void setSecretExpiresOn(LocalDate secretExpiresOn) {
        this.secretExpiresOn = secretExpiresOn;
    }

    public String getCertificateFile() {
        return certificateFile;
    }

    public String getKeyFile() {
        return keyFile;
    }

    /** Write-only, like the secret value. */
    public String getPkcs12Password() {
        return null;
    }

    public void setPkcs12Password(String pkcs12Password) {
        this.pkcs12Password = pkcs12Password;
    }
}
