package dev.itam.m365.ui.settings;

import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialDraft;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A credential entered in the "client secret" or "certificate" dialog and not saved yet. The
 * secret value and the key are kept only here, in the admin's view, and are never rendered back.
 */
public class CredentialEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private AuthenticationType type = AuthenticationType.CLIENT_SECRET;
    private boolean added;
    private String secretId;
    private String secretValue;
    private LocalDate secretExpiresOn;
    private String certificateFile;
    private String certificateContent;
    private boolean pkcs12;
    private String keyFile;
    private String keyPem;
    private String pkcs12Password;

    /** The certificate file is PEM text or a binary PKCS#12 file; its first bytes tell which. */
    public void certificateUploaded(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        byte[] content = file.getContent();
        String text = new String(content, StandardCharsets.US_ASCII).strip();
        pkcs12 = !text.startsWith("-----BEGIN");
        certificateContent = pkcs12 ? Base64.getEncoder().encodeToString(content) : new String(content, StandardCharsets.UTF_8);
        certificateFile = file.getFileName();
    }

    public void keyUploaded(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        keyPem = new String(file.getContent(), StandardCharsets.UTF_8);
        keyFile = file.getFileName();
    }

    void add() {
        added = true;
    }

    /** A certificate needs its file, and a PEM certificate its key file too; the secret's fields are required by the dialog. */
    boolean isComplete() {
        return type == AuthenticationType.CLIENT_SECRET || certificateContent != null && (pkcs12 || keyPem != null);
    }

    /** Forgets everything entered, including the secret value and the key. */
    void clear() {
        added = false;
        secretId = null;
        secretValue = null;
        secretExpiresOn = null;
        certificateFile = null;
        certificateContent = null;
        pkcs12 = false;
        keyFile = null;
        keyPem = null;
        pkcs12Password = null;
    }

    CredentialDraft draft() {
        if (type == AuthenticationType.CLIENT_SECRET) {
            return CredentialDraft.clientSecret(secretId, secretValue, secretExpiresOn);
        }
        return pkcs12 ? CredentialDraft.pkcs12(certificateContent, pkcs12Password)
                : CredentialDraft.pemCertificate(certificateContent, keyPem);
    }

    String summary() {
        if (type == AuthenticationType.CLIENT_SECRET) {
            return "Client secret " + secretId + ", valid until " + secretExpiresOn;
        }
        return pkcs12 ? "Certificate and key from the PKCS#12 file " + certificateFile
                : "Certificate from " + certificateFile + " with the private key from " + keyFile;
    }

    public AuthenticationType getType() {
        return type;
    }

    /** Choosing another type drops what was entered for the previous one. */
    public void setType(AuthenticationType type) {
        if (type != this.type) {
            clear();
        }
        this.type = type;
    }

    public boolean isAdded() {
        return added;
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

    public String getPkcs12Password() {
        return null;
    }

    public void setPkcs12Password(String pkcs12Password) {
        this.pkcs12Password = pkcs12Password;
    }
}
