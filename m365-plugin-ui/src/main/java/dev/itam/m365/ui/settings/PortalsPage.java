package dev.itam.m365.ui.settings;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalService;
import dev.itam.m365.ui.Errors;
import dev.itam.m365.ui.Messages;
import dev.itam.m365.ui.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The portal list on the left and the selected portal's details on the right; never a secret. The
 * selection is a plain link (?portal=id), so a viewer never posts here; web.xml lets only an admin
 * post, which is what importing and deleting do.
 */
@Named
@ViewScoped
public class PortalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalService portals;

    @Inject
    PortalImport importing;

    private Long selectedId;
    private List<Portal> list;
    private Portal selected;

    @PostConstruct
    void load() {
        list = portals.list();
        select();
    }

    /** View action: selects the portal named in the address, else the first one. */
    public void select() {
        selected = list.stream()
                .filter(p -> Long.valueOf(p.id()).equals(selectedId))
                .findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
    }

    public void importSelected() {
        try {
            importing.run(selected);
        } catch (NotFoundException gone) {
            Messages.error(Errors.refusal(gone));
            load();
        }
    }

    /** Deletes the selected portal after the admin confirmed; what it imported stays in licence management. */
    public void deleteSelected() {
        try {
            portals.delete(selected.id());
            Messages.info(Texts.text("portals.deleted", selected.name()));
        } catch (NotFoundException gone) {
            Messages.error(Errors.refusal(gone));
        }
        selectedId = null;
        load();
    }

    public List<Portal> getPortals() {
        return list;
    }

    public Portal getSelected() {
        return selected;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }
}
