package dev.itam.m365.tasks.domain;

import dev.itam.m365.api.monitor.TaskType;
import java.util.List;

/**
 * The rows of {@code M365_TASK_LEASE}: what a task must hold alone while it runs. A task that
 * imports and recalculates holds both, taken together or not at all, always in this order.
 */
public enum Lease {
    IMPORT,
    RECALCULATION,
    HISTORY;

    public static List<Lease> neededBy(TaskType task) {
        return switch (task) {
            case IMPORT -> List.of(IMPORT);
            case RECALCULATION -> List.of(RECALCULATION);
            case FULL_RECALCULATION, IMPORT_NOW -> List.of(IMPORT, RECALCULATION);
            case HISTORY_ROLLUP -> List.of(HISTORY);
        };
    }
}
