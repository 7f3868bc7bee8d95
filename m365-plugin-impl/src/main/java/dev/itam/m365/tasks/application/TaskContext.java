package dev.itam.m365.tasks.application;

import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.monitor.domain.ImportCounts;

/** What a running task may ask of the kernel. */
public interface TaskContext {

    long runId();

    /** What started the run: a scheduled one asks Graph for its requests at low priority. */
    TaskTrigger trigger();

    /**
     * Stops the task when it lost a lease or ran out of time, and renews every lease it holds once a
     * renewal is due ({@code m365.tasks.heartbeat-renewal-fraction} of the lease timeout after the
     * last): call it between steps, as often as they come.
     *
     * @throws LeaseLostException when another instance took over or the task ran out of time
     */
    void heartbeat();

    /**
     * Inside a transaction that writes the task's work: confirms every lease is still held and
     * keeps it locked until commit, so work is never written after its lease was lost.
     *
     * @throws LeaseLostException which rolls the transaction back
     */
    void fence();

    /** {@link #fence()}, and records the run's success in the same transaction as its work. */
    void succeedWithin(ImportCounts counts);
}
