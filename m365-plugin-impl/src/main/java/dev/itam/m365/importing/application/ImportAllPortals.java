package dev.itam.m365.importing.application;

import dev.itam.m365.api.importing.ImportMode;
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

    /** On the schedule only the changes are read, while the portal's last full import is recent enough. */
    @Override
    public List<Task> tasks() {
        return tasks(ImportMode.INCREMENTAL);
    }

    public List<Task> tasks(ImportMode mode) {
        return portals.ids().stream().map(id -> imports.importOf(id, mode)).toList();
    }
}
