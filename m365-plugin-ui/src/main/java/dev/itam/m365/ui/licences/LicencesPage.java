package dev.itam.m365.ui.licences;

import dev.itam.m365.api.PluginException;
import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskRunService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskService;
import dev.itam.m365.api.monitor.TaskTrigger;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Licences with owned, consumed and available seats and their status; "Recalculate completely"
 * starts the run and the page follows it until it ends.
 */
@Named
@ViewScoped
public class LicencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplianceService compliance;

    @Inject
    transient TaskService tasks;

    @Inject
    transient TaskRunService runs;

    private List<LicenceCompliance> licences;
    private Long runningId;
    private String progress;

    @PostConstruct
    void load() {
        licences = compliance.licences();
    }

    public void recalculateCompletely() {
        try {
            TaskRunSummary run = tasks.startFullRecalculation(TaskTrigger.ADMIN);
            runningId = run.id();
            progress = "Importing all portals, then recalculating…";
        } catch (PluginException busy) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, busy.getMessage(), null));
        }
    }

    /** Polled while a run is in progress; reloads the licences when it has ended. */
    public void follow() {
        if (runningId == null) {
            return;
        }
        runs.recent(50).stream().filter(r -> r.id() == runningId).findFirst().ifPresent(run -> {
            if (run.outcome() != TaskOutcome.RUNNING) {
                runningId = null;
                progress = null;
                licences = compliance.licences();
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                        run.outcome() == TaskOutcome.SUCCEEDED ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                        run.outcome() == TaskOutcome.SUCCEEDED ? "Recalculated completely." : run.errorMessage(), null));
            }
        });
    }

    public List<LicenceCompliance> getLicences() {
        return licences;
    }

    public boolean isRunning() {
        return runningId != null;
    }

    public String getProgress() {
        return progress;
    }
}
