package dev.itam.m365.ui.settings;

import dev.itam.m365.api.importing.ImportService;
import dev.itam.m365.api.monitor.RunFigures;
import dev.itam.m365.api.monitor.TaskInProgressException;
import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskService;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.ui.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * "Import now" for one portal, also run right after the wizard saved one: imports it and
 * recalculates compliance, so the admin sees its products and licences at once instead of after
 * the next scheduled run.
 */
@ApplicationScoped
public class PortalImport {

    @Inject
    ImportService imports;

    @Inject
    TaskService tasks;

    void run(Portal portal) {
        try {
            TaskRunSummary run = imports.importPortal(portal.id(), TaskTrigger.ADMIN);
            if (run.outcome() != TaskOutcome.SUCCEEDED) {
                Messages.error("The import of '" + portal.name() + "' failed: " + run.errorMessage());
                return;
            }
            RunFigures figures = run.figures();
            Messages.info("Imported '" + portal.name() + "': " + figures.licencesCreated() + " new and " + figures.licencesUpdated()
                    + " changed licences, " + figures.contactsCreated() + " new and " + figures.contactsUpdated()
                    + " changed contacts.");
        } catch (TaskInProgressException busy) {
            Messages.warn(busy.getMessage());
            return;
        }
        try {
            tasks.recalculate(TaskTrigger.ADMIN);
            Messages.info("Compliance recalculated.");
        } catch (TaskInProgressException busy) {
            Messages.warn("Compliance was not recalculated now: " + busy.getMessage());
        }
    }
}
