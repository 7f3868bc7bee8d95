package dev.itam.m365.ui.licences;

import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.CostSummary;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.compliance.PortalBalance;
import dev.itam.m365.api.lifecycle.LifecycleChange;
import dev.itam.m365.api.lifecycle.LifecycleService;
import dev.itam.m365.api.lifecycle.Subscription;
import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskRunService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskService;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.ui.AdminRole;
import dev.itam.m365.ui.Errors;
import dev.itam.m365.ui.Messages;
import dev.itam.m365.ui.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * Licences with owned, consumed and available seats, their status, lifecycle, subscriptions and
 * consumers, each portal's balance, and what changes within the alert window; "Recalculate
 * completely" starts the run and the page follows it until it ends.
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

    @Inject
    LifecycleService lifecycle;

    private List<LicenceCompliance> licences;
    private Map<Long, LicenceCompliance> licencesById;
    private List<PortalBalance> balances;
    private CostSummary costs;
    private Duration window;
    private List<LifecycleChange> comingChanges;
    private final Map<Long, ConsumersModel> consumers = new HashMap<>();
    private final Map<Long, List<Subscription>> subscriptions = new HashMap<>();
    private Long runningId;

    @PostConstruct
    void load() {
        licences = compliance.licences();
        // Summed from the licences just read: asking the service would read them, prices and the reclaim list again.
        costs = CostSummary.of(licences);
        licencesById = licences.stream().collect(Collectors.toMap(LicenceCompliance::licenceId, Function.identity()));
        balances = compliance.balances();
        window = lifecycle.alertWindow();
        comingChanges = lifecycle.comingChanges(window);
        consumers.clear();
        subscriptions.clear();
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
            Messages.info(Texts.text("licences.recalculated"));
        } else {
            Messages.error(Errors.failureText(run.errorCategory(), run.errorMessage()));
        }
    }

    /** The contacts consuming a licence, read a page at a time when its row is expanded. */
    public ConsumersModel consumers(long licenceId) {
        return consumers.computeIfAbsent(licenceId, id -> new ConsumersModel(compliance, id));
    }

    /** The subscriptions behind a licence, read when its row is expanded. */
    public List<Subscription> subscriptions(long licenceId) {
        return subscriptions.computeIfAbsent(licenceId, lifecycle::subscriptions);
    }

    /** The portal a coming change's licence came from, as the licence table names it. */
    public String source(LifecycleChange change) {
        LicenceCompliance licence = licencesById.get(change.licenceId());
        return licence == null ? "" : licence.source();
    }

    public List<LicenceCompliance> getLicences() {
        return licences;
    }

    /** Monthly costs per portal and in all, per currency. */
    public CostSummary getCosts() {
        return costs;
    }

    public List<PortalBalance> getBalances() {
        return balances;
    }

    /** How far ahead the coming changes look: the installation's alert window. */
    public Duration getWindow() {
        return window;
    }

    public List<LifecycleChange> getComingChanges() {
        return comingChanges;
    }

    public boolean isRunning() {
        return runningId != null;
    }
}
