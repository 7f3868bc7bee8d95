package dev.itam.m365.history.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Snapshots grouped by licence and period (a UTC day or month): each period is told by its last
 * snapshot, carrying the highest consumption of the period.
 */
public final class Periods {

    private Periods() {}

    /**
     * @param snapshots ordered by licence, then by time
     * @return one snapshot per licence and period, standing for it, in the same order
     */
    public static List<Snapshot> lastOfEach(
            List<Snapshot> snapshots, SnapshotGranularity period, Function<Snapshot, Object> periodOf) {
        Map<List<Object>, List<Snapshot>> groups = new LinkedHashMap<>();
        for (Snapshot snapshot : snapshots) {
            groups.computeIfAbsent(List.of(snapshot.licenceId(), periodOf.apply(snapshot)), key -> new ArrayList<>())
                    .add(snapshot);
        }
        List<Snapshot> kept = new ArrayList<>(groups.size());
        for (List<Snapshot> group : groups.values()) {
            int peak = group.stream().mapToInt(Snapshot::peakConsumed).max().orElseThrow();
            kept.add(group.get(group.size() - 1).standingFor(period, peak));
        }
        return kept;
    }

    public static List<Snapshot> lastOfEachDay(List<Snapshot> snapshots) {
        return lastOfEach(snapshots, SnapshotGranularity.DAY, Snapshot::day);
    }

    public static List<Snapshot> lastOfEachMonth(List<Snapshot> snapshots) {
        return lastOfEach(snapshots, SnapshotGranularity.MONTH, Snapshot::month);
    }
}
