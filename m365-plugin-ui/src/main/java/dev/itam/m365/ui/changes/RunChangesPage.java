package dev.itam.m365.ui.changes;

import dev.itam.m365.api.changes.ChangeCounts;
import dev.itam.m365.api.changes.ChangeService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The changes of the run named by the view parameter {@code run}, with their counts by kind. */
@Named
@ViewScoped
public class RunChangesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChangeService changes;

    private Long runId;
    private RunChangesModel rows;
    private ChangeCounts counts;

    /** Reads the run's counts; the rows come a page at a time. */
    public void load() {
        if (runId != null) {
            counts = changes.counts(runId);
            rows = new RunChangesModel(changes, runId);
        }
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public RunChangesModel getRows() {
        return rows;
    }

    public ChangeCounts getCounts() {
        return counts;
    }
}
