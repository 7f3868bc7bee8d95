package dev.itam.m365.api.monitor;

import dev.itam.m365.api.changes.ChangeCounts;
import java.time.Instant;

/**
 * One run of a task as the monitor lists it. {@code endedAt} is null while it runs; {@code reading} is
 * null for runs that read no tenant, and while a run goes on; {@code changes} counts what the run
 * changed, by kind (see {@code ChangeService} for the changes themselves), null while it runs.
 */
public record TaskRunSummary(
        long id,
        TaskType task,
        TaskTrigger triggeredBy,
        Long portalId,
        String portalName,
        Instant startedAt,
        Instant endedAt,
        TaskOutcome outcome,
        RunFigures figures,
        FailureCategory errorCategory,
        String errorMessage,
        String notice,
        TenantReading reading,
        ChangeCounts changes) {

    /** The summary as hosts built it before runs told how they read the tenant. */
    public TaskRunSummary(
            long id,
            TaskType task,
            TaskTrigger triggeredBy,
            Long portalId,
            String portalName,
            Instant startedAt,
            Instant endedAt,
            TaskOutcome outcome,
            RunFigures figures,
            FailureCategory errorCategory,
            String errorMessage,
            String notice) {
        this(
                id,
                task,
                triggeredBy,
                portalId,
                portalName,
                startedAt,
                endedAt,
                outcome,
                figures,
                errorCategory,
                errorMessage,
                notice,
                null,
                null);
    }
}
