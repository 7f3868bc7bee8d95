package dev.itam.m365.history.domain;

import dev.itam.m365.api.changes.Change;
import dev.itam.m365.api.changes.ChangeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed for each licence between its last snapshot and a new one: its owned seats, its lifecycle. */
public final class LicenceChanges {

    private LicenceChanges() {}

    /** @param before each licence's last snapshot; a licence without one is new, and has no change */
    public static List<Change> between(long runId, Map<Long, Snapshot> before, List<Snapshot> now) {
        List<Change> changes = new ArrayList<>();
        for (Snapshot after : now) {
            Snapshot last = before.get(after.licenceId());
            if (last == null) {
                continue;
            }
            if (last.owned() != after.owned()) {
                changes.add(change(
                        runId,
                        after,
                        ChangeKind.SEATS_CHANGED,
                        String.valueOf(last.owned()),
                        String.valueOf(after.owned())));
            }
            if (!Objects.equals(last.lifecycle(), after.lifecycle())) {
                changes.add(change(
                        runId,
                        after,
                        ChangeKind.LIFECYCLE_CHANGED,
                        last.lifecycle() == null ? null : last.lifecycle().name(),
                        after.lifecycle() == null ? null : after.lifecycle().name()));
            }
        }
        return changes;
    }

    private static Change change(long runId, Snapshot licence, ChangeKind kind, String before, String after) {
        return new Change(runId, licence.portalId(), kind, null, null, null, licence.licenceId(), null, before, after);
    }
}
