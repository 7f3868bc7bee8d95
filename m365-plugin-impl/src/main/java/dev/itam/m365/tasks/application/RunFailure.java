package dev.itam.m365.tasks.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a failed run is recorded: the category and the admin's sentence of a failure the plugin
 * understood, or a reference into the server log for anything else.
 */
public record RunFailure(FailureCategory category, String message) {

    private static final Logger LOG = Logger.getLogger(RunFailure.class.getName());

    public static RunFailure of(RuntimeException failure, String what) {
        if (failure instanceof GraphFailure graph) {
            return new RunFailure(graph.category(), graph.getMessage());
        }
        if (failure instanceof NotFoundException || failure instanceof LeaseLostException) {
            return new RunFailure(FailureCategory.INTERNAL_ERROR, failure.getMessage());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, what + " failed, reference " + reference, failure);
        return new RunFailure(
                FailureCategory.INTERNAL_ERROR,
                what + " failed unexpectedly; the server log holds the" + " details under reference " + reference
                        + ".");
    }
}
