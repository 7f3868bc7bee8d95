package dev.itam.m365.importing.application;

import dev.itam.m365.api.importing.ImportMode;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.compliance.application.ComplianceCalculator;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.portal.application.PortalRepository;
import dev.itam.m365.tasks.application.LeaseLostException;
import dev.itam.m365.tasks.application.PartialFailure;
import dev.itam.m365.tasks.application.RunFailure;
import dev.itam.m365.tasks.application.RunSubject;
import dev.itam.m365.tasks.application.Task;
import dev.itam.m365.tasks.application.TaskContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * "Recalculate completely" (M-9): every portal imported, then compliance recalculated, as one run.
 * A portal that fails does not stop the others; the run then fails in part, with what succeeded.
 */
@ApplicationScoped
public class FullRecalculationTask implements Task {

    @Inject
    PortalRepository portals;

    @Inject
    PortalImporter importer;

    @Inject
    ComplianceCalculator calculator;

    @Override
    public TaskType type() {
        return TaskType.FULL_RECALCULATION;
    }

    @Override
    public RunSubject subject() {
        return RunSubject.everything();
    }

    @Override
    public ImportCounts perform(TaskContext context) {
        ImportCounts imported = ImportCounts.none();
        List<String> failures = new ArrayList<>();
        RunFailure first = null;
        List<Long> portalIds = portals.ids();
        for (Long portalId : portalIds) {
            try {
                imported = imported.plus(
                        importer.importPortal(portalId, context, ImportMode.FULL, counts -> context.fence()));
            } catch (LeaseLostException lost) {
                throw lost;
            } catch (RuntimeException failure) {
                RunFailure report = RunFailure.of(failure, "Import of portal " + portalId);
                first = first == null ? report : first;
                failures.add("portal " + portalId + ": " + report.message());
            }
            context.heartbeat();
        }
        ImportCounts sofar = imported;
        int recalculated = calculator.recalculate(context.runId(), count -> {
            if (failures.isEmpty()) {
                context.succeedWithin(sofar.plus(ImportCounts.recalculated(count)));
            } else {
                context.fence();
            }
        });
        ImportCounts counts = imported.plus(ImportCounts.recalculated(recalculated));
        if (first != null) {
            throw new PartialFailure(
                    counts,
                    first,
                    failures.size() + " of " + portalIds.size() + " portals could not be"
                            + " imported; compliance was recalculated with the others. "
                            + String.join(" | ", failures));
        }
        return counts;
    }
}
