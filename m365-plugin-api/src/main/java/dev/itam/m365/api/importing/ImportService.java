package dev.itam.m365.api.importing;

import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import java.util.List;

/**
 * Runs the import. Each portal is imported all-or-nothing: a failure leaves that portal's data
 * as it was, is recorded in its task run, and does not stop the other portals.
 */
public interface ImportService {

    /** Imports every portal; one task run per portal. */
    List<TaskRunSummary> importAll(TaskTrigger trigger);

    /** Imports one portal: every user. */
    TaskRunSummary importPortal(long portalId, TaskTrigger trigger);

    /**
     * Imports one portal, reading only what changed since the last import when {@code mode} is
     * {@link ImportMode#INCREMENTAL} and the portal's change tracking allows it.
     */
    default TaskRunSummary importPortal(long portalId, TaskTrigger trigger, ImportMode mode) {
        return importPortal(portalId, trigger);
    }

    /**
     * "Import now": imports one portal, then recalculates compliance, recorded as one run of
     * {@link dev.itam.m365.api.monitor.TaskType#IMPORT_NOW}, so the portal's figures are current at
     * once instead of after the next scheduled recalculation.
     *
     * @throws dev.itam.m365.api.monitor.TaskInProgressException when an import or recalculation runs
     * @throws UnsupportedOperationException from an implementation written before this method existed
     */
    default TaskRunSummary importNow(long portalId, TaskTrigger trigger) {
        throw new UnsupportedOperationException("This ImportService predates importNow; update the plugin.");
    }
}
