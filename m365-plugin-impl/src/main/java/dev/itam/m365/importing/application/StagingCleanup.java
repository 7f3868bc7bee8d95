package dev.itam.m365.importing.application;

import dev.itam.m365.api.monitor.TaskRunFinished;
import dev.itam.m365.monitor.application.TaskRuns;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps staging as small as the imports in progress. A run's staged users go when the run ends,
 * however it ends: by itself, or closed by the lease sweep after its server instance died. At
 * start-up whatever earlier ends left behind goes too, but never the staging of a run still
 * running on another instance.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StagingCleanup {

    private static final Logger LOG = Logger.getLogger(StagingCleanup.class.getName());

    @Inject
    ImportStore staging;

    @Inject
    TaskRuns runs;

    @PostConstruct
    void discardEndedRuns() {
        try {
            Set<Long> staged = staging.stagedRunIds();
            Set<Long> running = runs.runningIds();
            staged.stream().filter(runId -> !running.contains(runId)).forEach(staging::discard);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Removing staged users of ended runs failed; the next start-up retries", e);
        }
    }

    /** A business method, as CDI requires of a session bean's observer. */
    public void runEnded(@Observes TaskRunFinished finished) {
        try {
            staging.discard(finished.run().id());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Removing the staged users of run " + finished.run().id() + " failed; the next start-up retries",
                    e);
        }
    }
}
