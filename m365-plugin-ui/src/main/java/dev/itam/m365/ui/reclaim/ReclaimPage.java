package dev.itam.m365.ui.reclaim;

import dev.itam.m365.api.reclaim.Exemption;
import dev.itam.m365.api.reclaim.ReclaimFilter;
import dev.itam.m365.api.reclaim.ReclaimReason;
import dev.itam.m365.api.reclaim.ReclaimRow;
import dev.itam.m365.api.reclaim.ReclaimService;
import dev.itam.m365.api.reclaim.ReclaimTotals;
import dev.itam.m365.ui.AdminRole;
import dev.itam.m365.ui.Messages;
import dev.itam.m365.ui.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The reclaim list with its totals, filtered by reason and period of inactivity; an admin exempts a
 * user with a note, and the exempt users are listed apart.
 */
@Named
@ViewScoped
public class ReclaimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReclaimService reclaim;

    private ReclaimReason reason;
    private int inactiveDays = ReclaimFilter.DEFAULT_INACTIVE_DAYS;
    private ReclaimRowsModel rows;
    private ReclaimTotals totals;
    private List<Exemption> exemptions;
    private ReclaimRow exempting;
    private String note;

    @PostConstruct
    void load() {
        ReclaimFilter filter = new ReclaimFilter(null, null, reason, inactiveDays, false);
        rows = new ReclaimRowsModel(reclaim, filter);
        totals = reclaim.totals(filter);
        exemptions = reclaim.exemptions();
    }

    /** Applies the chosen reason and period. */
    public void filter() {
        load();
    }

    /** Opens the note for exempting the row's user. */
    public void startExempting(ReclaimRow row) {
        exempting = row;
        note = "";
    }

    public void exempt() {
        if (exempting == null || !AdminRole.check()) {
            return;
        }
        String admin = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        reclaim.exempt(exempting.contactId(), note, admin);
        Messages.info(Texts.text("reclaim.exempted", exempting.displayName()));
        exempting = null;
        load();
    }

    public void removeExemption(Exemption exemption) {
        if (AdminRole.check()) {
            reclaim.removeExemption(exemption.contactId());
            Messages.info(Texts.text("reclaim.backOnList", exemption.displayName()));
            load();
        }
    }

    /**
     * The streaming export of the list as filtered ({@code GET /api/reclaim?format=csv}), which takes
     * the page's session: the list has tens of thousands of rows in a large tenant and the page holds
     * one page of them.
     */
    public String exportLink(String format) {
        String contextPath =
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return contextPath + "/api/reclaim?format=" + format + "&inactiveDays=" + inactiveDays
                + (reason == null ? "" : "&reason=" + reason.name());
    }

    public List<ReclaimReason> getReasons() {
        return List.of(ReclaimReason.values());
    }

    public List<Integer> getInactiveDayChoices() {
        return ReclaimFilter.INACTIVE_DAYS;
    }

    public ReclaimReason getReason() {
        return reason;
    }

    public void setReason(ReclaimReason reason) {
        this.reason = reason;
    }

    public int getInactiveDays() {
        return inactiveDays;
    }

    public void setInactiveDays(int inactiveDays) {
        this.inactiveDays = inactiveDays;
    }

    public ReclaimRowsModel getRows() {
        return rows;
    }

    public ReclaimTotals getTotals() {
        return totals;
    }

    public List<Exemption> getExemptions() {
        return exemptions;
    }

    public ReclaimRow getExempting() {
        return exempting;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
