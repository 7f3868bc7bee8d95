package dev.itam.m365.tasks.application;

import dev.itam.m365.monitor.domain.ImportCounts;

/** Part of a task's work failed; what succeeded is kept and counted. */
public class PartialFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImportCounts counts;
    private final transient RunFailure first;

    public PartialFailure(ImportCounts counts, RunFailure first, String message) {
        super(message);
        this.counts = counts;
        this.first = first;
    }

    public ImportCounts counts() {
        return counts;
    }

    /** The first failure, whose category the run is recorded under. */
    public RunFailure first() {
        return first;
    }
}
