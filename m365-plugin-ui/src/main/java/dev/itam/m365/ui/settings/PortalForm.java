package dev.itam.m365.ui.settings;

import dev.itam.m365.api.importing.ConnectionCheck;
import dev.itam.m365.api.portal.CredentialDraft;
import dev.itam.m365.api.portal.CredentialSummary;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalDraft;
import dev.itam.m365.ui.Messages;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;

/**
 * What the wizard and the edit tabs let an admin enter, turned into a {@link PortalDraft} for the
 * service, which checks it. When editing, the stored credential is kept unless the admin removes
 * it or adds another one.
 */
public class PortalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String description;
    private String tenantId;
    private String clientId;
    private NationalCloud cloud = NationalCloud.GLOBAL;
    private final CredentialEntry credential = new CredentialEntry();
    private final Exclusions exclusions = new Exclusions();
    private String storedCredential;
    private Boolean connected;
    private String connectionMessage;

    static PortalForm of(Portal portal) {
        PortalForm form = new PortalForm();
        form.name = portal.name();
        form.description = portal.description();
        form.tenantId = portal.tenantId();
        form.clientId = portal.clientId();
        form.cloud = portal.cloud();
        form.credential.setType(portal.credential().type());
        form.storedCredential = describe(portal.credential());
        return form;
    }

    private static String describe(CredentialSummary stored) {
        return stored.secretSet()
                ? "Client secret " + stored.secretId() + ", valid until " + stored.secretExpiresOn()
                : "Certificate " + stored.certificateThumbprint() + " (" + stored.certificateSubject() + "), valid until "
                        + stored.certificateExpiresAt();
    }

    PortalDraft draft() {
        return new PortalDraft(name, description, tenantId, clientId, cloud, credentialDraft(), exclusions.excluded());
    }

    /** Null keeps the stored credential; a removed one with nothing added sends an empty one, which the rules refuse. */
    private CredentialDraft credentialDraft() {
        if (credential.isAdded()) {
            return credential.draft();
        }
        return storedCredential != null ? null
                : new CredentialDraft(credential.getType(), null, null, null, null, null, null, null);
    }

    public void addCredential() {
        if (!credential.isComplete()) {
            Messages.error("Upload the certificate file and, for a PEM certificate, the file with its private key.");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        credential.add();
        connected = null;
    }

    /** Removes the credential entered, or the stored one, which is replaced only when the portal is saved. */
    public void removeCredential() {
        credential.clear();
        storedCredential = null;
        connected = null;
    }

    /** What the portal will sign in with, in words; never the secret. */
    public String getCredentialSummary() {
        if (credential.isAdded()) {
            return credential.summary() + " (not saved yet)";
        }
        return storedCredential != null ? storedCredential : "None yet: add a client secret or a certificate.";
    }

    public boolean isCredentialSet() {
        return credential.isAdded() || storedCredential != null;
    }

    void connectionChecked(ConnectionCheck check) {
        connected = check.successful();
        connectionMessage = check.message();
    }

    /** Null until "Test connection" was pressed for the connection data shown. */
    public Boolean getConnected() {
        return connected;
    }

    public String getConnectionMessage() {
        return connectionMessage;
    }

    public NationalCloud[] getClouds() {
        return NationalCloud.values();
    }

    public CredentialEntry getCredential() {
        return credential;
    }

    public Exclusions getExclusions() {
        return exclusions;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public NationalCloud getCloud() {
        return cloud;
    }

    public void setCloud(NationalCloud cloud) {
        this.cloud = cloud;
    }
}
