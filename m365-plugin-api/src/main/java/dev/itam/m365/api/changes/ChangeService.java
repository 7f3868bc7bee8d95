package dev.itam.m365.api.changes;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what runs changed. */
public interface ChangeService {

    /**
     * One page of what a run changed, by kind, then user and licence; with {@code licenceId} only the
     * changes of that licence.
     *
     * @throws dev.itam.m365.api.NotFoundException when there is no such run
     */
    List<Change> changes(long runId, Long licenceId, int first, int max);

    /** How many changes {@link #changes} has in all. */
    int changeCount(long runId, Long licenceId);

    /** How many of each kind a run applied. */
    ChangeCounts counts(long runId);

    /** {@link #counts(long)} of several runs at once; this default asks for each. */
    default Map<Long, ChangeCounts> counts(Collection<Long> runIds) {
        Map<Long, ChangeCounts> counts = new HashMap<>();
        runIds.forEach(runId -> counts.put(runId, counts(runId)));
        return counts;
    }

    /**
     * A licence's most recent changes, newest run first.
     *
     * @throws dev.itam.m365.api.NotFoundException when there is no such licence
     */
    List<Change> recentChanges(long licenceId, int max);
}
