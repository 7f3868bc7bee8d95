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

    /** Imports one portal. */
    TaskRunSummary importPortal(long portalId, TaskTrigger trigger);
}
