package dev.itam.m365.api.monitor;

import java.time.Instant;

/** One run of a task as the monitor lists it. {@code endedAt} is null while it runs. */
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
        String notice) {}
