package dev.itam.m365.importing.application;

import dev.itam.m365.api.importing.ImportMode;
import dev.itam.m365.api.importing.ImportService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.tasks.application.TaskKernel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The import on demand: each request becomes a task the kernel runs under the import's lease. */
@ApplicationScoped
public class Imports implements ImportService {

    @Inject
    TaskKernel kernel;

    @Inject
    ImportTasks tasks;

    @Inject
    ImportAllPortals everyPortal;

    @Override
    public List<TaskRunSummary> importAll(TaskTrigger trigger) {
        return kernel.runEach(TaskType.IMPORT, () -> everyPortal.tasks(ImportMode.FULL), trigger);
    }

    @Override
    public TaskRunSummary importPortal(long portalId, TaskTrigger trigger) {
        return importPortal(portalId, trigger, ImportMode.FULL);
    }

    @Override
    public TaskRunSummary importPortal(long portalId, TaskTrigger trigger, ImportMode mode) {
        return kernel.run(tasks.importOf(portalId, mode), trigger);
    }

    @Override
    public TaskRunSummary importNow(long portalId, TaskTrigger trigger) {
        return kernel.run(tasks.importNowOf(portalId), trigger);
    }
}
