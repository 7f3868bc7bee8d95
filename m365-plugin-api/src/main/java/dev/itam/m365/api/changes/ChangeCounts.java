package dev.itam.m365.api.changes;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many changes of each kind a run applied; kinds without any are left out. */
public record ChangeCounts(Map<ChangeKind, Integer> byKind) {

    public ChangeCounts {
        EnumMap<ChangeKind, Integer> copy = new EnumMap<>(ChangeKind.class);
        if (byKind != null) {
            byKind.forEach((kind, count) -> {
                if (count != null && count > 0) {
                    copy.put(kind, count);
                }
            });
        }
        byKind = Collections.unmodifiableMap(copy);
    }

    public static ChangeCounts none() {
        return new ChangeCounts(Map.of());
    }

    public int total() {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int of(ChangeKind kind) {
        return byKind.getOrDefault(kind, 0);
    }
}
