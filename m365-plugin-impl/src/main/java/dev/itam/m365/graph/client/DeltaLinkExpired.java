package dev.itam.m365.graph.client;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.graph.GraphFailure;

/**
 * Graph no longer knows where a delta link stands: 410 (resync required) or, seven days after the
 * round began, 400 {@code syncStateNotFound}. Only a full read of the users helps.
 */
public class DeltaLinkExpired extends GraphFailure {

    private static final long serialVersionUID = 1L;

    DeltaLinkExpired(String message) {
        super(FailureCategory.GRAPH_ERROR, message);
    }
}
