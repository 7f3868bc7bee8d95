package dev.itam.m365.ui.settings;

import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The portal list on the left and the selected portal's details on the right; never a secret. */
@Named
@ViewScoped
public class PortalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortalService portals;

    private List<Portal> list;
    private Portal selected;

    @PostConstruct
    void load() {
        list = portals.list();
        selected = list.isEmpty() ? null : list.get(0);
    }

    /**
     * Deletes the selected portal after the admin confirmed; what it imported stays in licence
     * management. A viewer never sees the button; if one posts anyway, the answer is 403.
     */
    public void deleteSelected() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isUserInRole("m365-admin")) {
            external.responseSendError(403, "Deleting a portal needs the role m365-admin.");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (selected != null) {
            portals.delete(selected.id());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Portal '" + selected.name() + "' deleted. What it imported stays in licence management and can no"
                            + " longer be synchronised.", null));
            load();
        }
    }

    public List<Portal> getPortals() {
        return list;
    }

    public Portal getSelected() {
        return selected;
    }

    public void setSelected(Portal portal) {
        this.selected = portal;
    }
}
