package dev.itam.m365.importing.application;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphCalls;
import java.time.Duration;

/**
 * Fired inside the plugin when the import of one portal ended, successful or not ({@code failure}
 * null when it succeeded). It exists for what a run's summary cannot tell: a full recalculation
 * imports every portal in one run, and users, pages and retries are not kept with the run.
 */
public record PortalImportEnded(
        long portalId, String portalName, Duration took, FailureCategory failure, GraphCalls graph) {

    public boolean succeeded() {
        return failure == null;
    }
}
