package dev.itam.m365.history.application;

import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.tasks.application.RunSubject;
import dev.itam.m365.tasks.application.ScheduledWork;
import dev.itam.m365.tasks.application.Task;
import dev.itam.m365.tasks.application.TaskContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The history's roll-up, daily and on demand; its outcome commits with the thinned history. */
@ApplicationScoped
public class HistoryRollupTask implements Task, ScheduledWork {

    @Inject
    HistoryRollup rollup;

    @Override
    public TaskType type() {
        return TaskType.HISTORY_ROLLUP;
    }

    @Override
    public List<Task> tasks() {
        return List.of(this);
    }

    @Override
    public RunSubject subject() {
        return RunSubject.everything();
    }

    @Override
    public ImportCounts perform(TaskContext context) {
        return ImportCounts.rolledUp(rollup.rollUp(removed -> context.succeedWithin(ImportCounts.rolledUp(removed))));
    }
}
