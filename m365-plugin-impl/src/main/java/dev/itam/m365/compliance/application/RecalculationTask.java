package dev.itam.m365.compliance.application;

import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.tasks.application.RunSubject;
import dev.itam.m365.tasks.application.ScheduledWork;
import dev.itam.m365.tasks.application.Task;
import dev.itam.m365.tasks.application.TaskContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The compliance recalculation (M-8), on its schedule and on demand; its outcome commits with its results. */
@ApplicationScoped
public class RecalculationTask implements Task, ScheduledWork {

    @Inject
    ComplianceCalculator calculator;

    @Override
    public TaskType type() {
        return TaskType.RECALCULATION;
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
        int recalculated = calculator.recalculate(
                context.runId(), count -> context.succeedWithin(ImportCounts.recalculated(count)));
        return ImportCounts.recalculated(recalculated);
    }
}
