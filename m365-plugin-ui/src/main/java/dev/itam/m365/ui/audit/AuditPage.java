package dev.itam.m365.ui.audit;

import dev.itam.m365.api.audit.AuditAction;
import dev.itam.m365.api.audit.AuditFilter;
import dev.itam.m365.api.audit.AuditService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The audit log, newest first, filtered by days (in UTC, like every moment on the pages) and action. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    private LocalDate from;
    private LocalDate to;
    private AuditAction action;
    private AuditEntriesModel entries;

    @PostConstruct
    void load() {
        filter();
    }

    /** Shows the entries from the start of {@code from} to the end of {@code to}. */
    public void filter() {
        entries = new AuditEntriesModel(
                audit,
                new AuditFilter(
                        from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        to == null
                                ? null
                                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        action));
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public AuditEntriesModel getEntries() {
        return entries;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }
}
