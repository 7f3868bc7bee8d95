package dev.itam.m365.ui.settings;

import dev.itam.m365.api.importing.ConnectionCheck;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialDraft;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalDraft;
import dev.itam.m365.ui.Errors;
import dev.itam.m365.ui.Messages;
import dev.itam.m365.ui.Texts;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Objects;

/**
 * What the wizard and the edit tabs let an admin enter, turned into a {@link PortalDraft} for the
 * service, which checks it. A dialog fills a pending credential, which replaces the one added before
 * only when the admin presses Add. When editing, the stored credential is kept unless the admin
 * removes it or adds another one.
 */
public class PortalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String description;
    private String tenantId;
    private String clientId;
    private NationalCloud cloud = NationalCloud.GLOBAL;
    private AuthenticationType authenticationType = AuthenticationType.CLIENT_SECRET;
    private CredentialEntry pending = new CredentialEntry(authenticationType);
    private CredentialEntry added;
    private final Exclusions exclusions = new Exclusions();
    private String storedCredential;
    private Boolean connected;
    private String connectionMessage;

    static PortalForm of(Portal portal, String storedCredential) {
        PortalForm form = new PortalForm();
        form.name = portal.name();
        form.description = portal.description();
        form.tenantId = portal.tenantId();
        form.clientId = portal.clientId();
        form.cloud = portal.cloud();
        form.authenticationType = portal.credential().type();
        form.storedCredential = storedCredential;
        return form;
    }

    PortalDraft draft() {
        return new PortalDraft(name, description, tenantId, clientId, cloud, credentialDraft(), exclusions.excluded());
    }

    /** Null keeps the stored credential; a removed one with nothing added sends an empty one, which the rules refuse. */
    private CredentialDraft credentialDraft() {
        if (added != null) {
            return added.draft();
        }
        return storedCredential != null
                ? null
                : new CredentialDraft(authenticationType, null, null, null, null, null, null, null);
    }

    /** Opening a dialog starts an empty pending credential of the chosen type. */
    public void newCredential() {
        pending = new CredentialEntry(authenticationType);
    }

    public void addCredential() {
        if (!pending.isComplete()) {
            Messages.error(Texts.text("portal.credential.incomplete"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        added = pending;
        pending = new CredentialEntry(authenticationType);
        connected = null;
    }

    /** Removes the credential added, or the stored one, which is replaced only when the portal is saved. */
    public void removeCredential() {
        added = null;
        storedCredential = null;
        connected = null;
    }

    /** Once saved, the view need not hold the secret value, key or password any longer. */
    void forgetSecrets() {
        added = null;
        pending = new CredentialEntry(authenticationType);
    }

    /** What the portal will sign in with, in words; never the secret. */
    public String getCredentialSummary() {
        if (added != null) {
            return Texts.text("portal.credential.notSaved", added.summary());
        }
        return storedCredential != null ? storedCredential : Texts.text("portal.credential.none");
    }

    public boolean isCredentialSet() {
        return added != null || storedCredential != null;
    }

    void connectionChecked(ConnectionCheck check) {
        connected = check.successful();
        connectionMessage = check.successful()
                ? Texts.text("portal.connected", check.skuCount())
                : Errors.failureText(check.category(), check.message());
    }

    /** An earlier "Test connection" says nothing about other ids, cloud or credential. */
    private void forgetConnectionTestUnless(boolean unchanged) {
        if (!unchanged) {
            connected = null;
        }
    }

    /** Null until "Test connection" was pressed, and again after the connection data changed. */
    public Boolean getConnected() {
        return connected;
    }

    public String getConnectionMessage() {
        return connectionMessage;
    }

    public NationalCloud[] getClouds() {
        return NationalCloud.values();
    }

    public AuthenticationType getAuthenticationType() {
        return authenticationType;
    }

    /** Chooses which dialog the connection step offers; a credential already added or stored stays until removed. */
    public void setAuthenticationType(AuthenticationType authenticationType) {
        this.authenticationType = authenticationType;
    }

    public CredentialEntry getPending() {
        return pending;
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
        forgetConnectionTestUnless(Objects.equals(this.tenantId, tenantId));
        this.tenantId = tenantId;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        forgetConnectionTestUnless(Objects.equals(this.clientId, clientId));
        this.clientId = clientId;
    }

    public NationalCloud getCloud() {
        return cloud;
    }

    public void setCloud(NationalCloud cloud) {
        forgetConnectionTestUnless(Objects.equals(this.cloud, cloud));
        this.cloud = cloud;
    }
}
