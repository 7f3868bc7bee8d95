package dev.itam.m365.api.monitor;

import dev.itam.m365.api.NotFoundException;
import java.util.List;

/** Reads the record of task runs. */
public interface TaskRunService {

    /** The most recent runs first, at most {@code limit}. */
    List<TaskRunSummary> recent(int limit);

    /**
     * One run, e.g. to follow a run that was started, however many others started since. This
     * default looks among the 1000 most recent; the plugin's own implementation reads the run.
     *
     * @throws NotFoundException when there is no such run
     */
    default TaskRunSummary run(long runId) {
        return recent(1000).stream()
                .filter(run -> run.id() == runId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no task run with id " + runId + "."));
    }
}
