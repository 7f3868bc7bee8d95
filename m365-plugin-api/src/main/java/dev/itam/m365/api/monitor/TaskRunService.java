package dev.itam.m365.api.monitor;

import java.util.List;

/** Reads the record of task runs. */
public interface TaskRunService {

    /** The most recent runs first, at most {@code limit}. */
    List<TaskRunSummary> recent(int limit);
}
