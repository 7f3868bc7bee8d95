package dev.itam.m365.importing.application;

import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.portal.application.PortalRepository;
import dev.itam.m365.tasks.application.ScheduledWork;
import dev.itam.m365.tasks.application.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The import of every portal, a run each, on the import's schedule and on demand. */
@ApplicationScoped
public class ImportAllPortals implements ScheduledWork {

    @Inject
    PortalRepository portals;

    @Inject
    ImportTasks imports;

    @Override
    public TaskType type() {
        return TaskType.IMPORT;
    }

    @Override
    public List<Task> tasks() {
        return portals.ids().stream().map(imports::importOf).toList();
    }
}
