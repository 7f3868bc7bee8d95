package dev.itam.m365.importing.application;

import dev.itam.m365.api.importing.ImportMode;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.compliance.application.ComplianceCalculator;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.portal.application.PortalRepository;
import dev.itam.m365.tasks.application.RunSubject;
import dev.itam.m365.tasks.application.Task;
import dev.itam.m365.tasks.application.TaskContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The import's tasks for one portal: the import alone, and "Import now", the import of every user
 * followed by the recalculation.
 */
@ApplicationScoped
public class ImportTasks {

    @Inject
    PortalRepository portals;

    @Inject
    PortalImporter importer;

    @Inject
    ComplianceCalculator calculator;

    /** Imports the portal, every user or only the changes; its outcome commits with its merge. */
    public Task importOf(long portalId, ImportMode mode) {
        return new PortalTask(TaskType.IMPORT, portalId) {
            @Override
            public ImportCounts perform(TaskContext context) {
                return importer.importPortal(portalId, context, mode, context::succeedWithin);
            }
        };
    }

    /** Imports the portal, then recalculates compliance; the outcome commits with the recalculation. */
    public Task importNowOf(long portalId) {
        return new PortalTask(TaskType.IMPORT_NOW, portalId) {
            @Override
            public ImportCounts perform(TaskContext context) {
                ImportCounts imported =
                        importer.importPortal(portalId, context, ImportMode.FULL, counts -> context.fence());
                context.heartbeat();
                int recalculated = calculator.recalculate(
                        context.runId(),
                        count -> context.succeedWithin(imported.plus(ImportCounts.recalculated(count))));
                return imported.plus(ImportCounts.recalculated(recalculated));
            }
        };
    }

    private abstract class PortalTask implements Task {

        private final TaskType type;
        private final long portalId;

        PortalTask(TaskType type, long portalId) {
            this.type = type;
            this.portalId = portalId;
        }

        @Override
        public TaskType type() {
            return type;
        }

        @Override
        public RunSubject subject() {
            return RunSubject.portal(portalId, portals.require(portalId).name().value());
        }
    }
}
