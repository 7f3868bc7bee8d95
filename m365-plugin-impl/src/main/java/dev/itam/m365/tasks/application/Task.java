package dev.itam.m365.tasks.application;

import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.monitor.domain.ImportCounts;

/**
 * The work of one task run, and nothing else: the {@link TaskKernel} takes the leases, records the
 * run, keeps the leases alive, records failures and announces the end.
 */
public interface Task {

    TaskType type();

    /** Read once the leases are held, e.g. the portal's current name for the run record. */
    RunSubject subject();

    /**
     * Does the work. A task whose work commits in one transaction calls
     * {@link TaskContext#succeedWithin} inside it, so its outcome commits with its data.
     *
     * @throws PartialFailure when part of the work failed and the rest was kept
     */
    ImportCounts perform(TaskContext context);
}
