package dev.itam.m365.ui.settings;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.PluginException;
import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.importing.TenantConnections;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalService;
import dev.itam.m365.ui.Errors;
import dev.itam.m365.ui.Labels;
import dev.itam.m365.ui.Messages;
import dev.itam.m365.ui.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Edits a portal in three tabs (General, Connection, Exclusions) saved together. Warns before a new
 * exclusion turns licences the portal imported into "cannot be synchronised".
 */
@Named
@ViewScoped
public class PortalEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalService portals;

    @Inject
    TenantConnections connections;

    @Inject
    ComplianceService compliance;

    @Inject
    Labels labels;

    private long portalId;
    private PortalForm form;
    private Set<String> excludedBefore;
    private Set<String> importedSkuIds;

    /**
     * View action (it runs on the first request of the view only): reads the portal; its tenant's
     * licences fill the exclusions tab. A portal that does not exist sends the admin back to the
     * list, with a message.
     */
    public String load() {
        Portal portal;
        try {
            portal = portals.get(portalId);
        } catch (NotFoundException gone) {
            Messages.error(Errors.refusal(gone));
            Messages.keepForNextPage();
            return "/settings/portals?faces-redirect=true";
        }
        form = PortalForm.of(portal, labels.credential(portal.credential()));
        excludedBefore = portal.excludedSkuIds();
        importedSkuIds = compliance.licences(portalId).stream()
                .filter(l -> l.syncProblem() == null)
                .map(LicenceCompliance::skuId)
                .collect(Collectors.toSet());
        try {
            form.getExclusions().load(connections.licences(portalId), excludedBefore);
        } catch (PluginException unreachable) {
            form.getExclusions().couldNotLoad(Errors.refusal(unreachable), excludedBefore);
        }
        return null;
    }

    public void testConnection() {
        form.connectionChecked(connections.test(form.draft(), portalId));
    }

    public String save() {
        Portal saved = portals.update(portalId, form.draft());
        form.forgetSecrets();
        Messages.info(Texts.text("portals.saved", saved.name()));
        String notice = getExclusionNotice();
        if (notice != null) {
            Messages.warn(notice);
        }
        Messages.keepForNextPage();
        return "/settings/portals?faces-redirect=true&portal=" + portalId;
    }

    /** Null unless a licence the portal imported is newly excluded. */
    public String getExclusionNotice() {
        if (form == null) {
            return null;
        }
        List<String> affected = form.getExclusions().addedSince(excludedBefore).stream()
                .filter(importedSkuIds::contains)
                .map(form.getExclusions()::label)
                .toList();
        if (affected.isEmpty()) {
            return null;
        }
        return Texts.text("portal.exclusionNotice", String.join(", ", affected));
    }

    public long getPortalId() {
        return portalId;
    }

    public void setPortalId(long portalId) {
        this.portalId = portalId;
    }

    public PortalForm getForm() {
        return form;
    }
}
