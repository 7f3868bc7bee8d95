package dev.itam.m365.ui.settings;

import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
