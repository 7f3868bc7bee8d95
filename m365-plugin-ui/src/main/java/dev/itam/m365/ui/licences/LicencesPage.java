package dev.itam.m365.ui.licences;

import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.compliance.PortalBalance;
import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskRunService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskService;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.ui.AdminRole;
import dev.itam.m365.ui.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Licences with owned, consumed and available seats, their status and consumers, and each
 * portal's balance; "Recalculate completely" starts the run and the page follows it until it ends.
 */
@Named
@ViewScoped
public class LicencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceService compliance;

    @Inject
    TaskService tasks;

    @Inject
    TaskRunService runs;

    private List<LicenceCompliance> licences;
    private List<PortalBalance> balances;
    private final Map<Long, ConsumersModel> consumers = new HashMap<>();
    private Long runningId;

    @PostConstruct
    void load() {
        licences = compliance.licences();
        balances = compliance.balances();
        consumers.clear();
    }

    public void recalculateCompletely() {
        if (AdminRole.check()) {
            runningId = tasks.startFullRecalculation(TaskTrigger.ADMIN).id();
        }
    }

    /**
     * Polled while a run is in progress, without redrawing anything, so open consumer lists and
     * filters stay as they are; when the run has ended, reloads the figures and redraws the page.
     */
    public void follow() {
        if (runningId == null) {
            return;
        }
        TaskRunSummary run = runs.run(runningId);
        if (run.outcome() == TaskOutcome.RUNNING) {
            return;
        }
        runningId = null;
        load();
        PrimeFaces.current().ajax().update("licences");
        if (run.outcome() == TaskOutcome.SUCCEEDED) {
            Messages.info("Recalculated completely.");
        } else {
            Messages.error(run.errorMessage());
        }
    }

    /** The contacts consuming a licence, read a page at a time when its row is expanded. */
    public ConsumersModel consumers(long licenceId) {
        return consumers.computeIfAbsent(licenceId, id -> new ConsumersModel(compliance, id));
    }

    public List<LicenceCompliance> getLicences() {
        return licences;
    }

    public List<PortalBalance> getBalances() {
        return balances;
    }

    public boolean isRunning() {
        return runningId != null;
    }
}
