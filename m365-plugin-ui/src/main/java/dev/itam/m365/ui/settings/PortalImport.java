package dev.itam.m365.ui.settings;

import dev.itam.m365.api.importing.ImportService;
import dev.itam.m365.api.monitor.RunFigures;
import dev.itam.m365.api.monitor.TaskInProgressException;
import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.ui.Errors;
import dev.itam.m365.ui.Messages;
import dev.itam.m365.ui.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * "Import now" for one portal, also run right after the wizard saved one, so the admin sees its
 * products, licences and compliance at once instead of after the next scheduled run.
 */
@ApplicationScoped
public class PortalImport {

    @Inject
    ImportService imports;

    void run(Portal portal) {
        try {
            TaskRunSummary run = imports.importNow(portal.id(), TaskTrigger.ADMIN);
            if (run.outcome() != TaskOutcome.SUCCEEDED) {
                Messages.error(Texts.text(
                        "portals.importFailed",
                        portal.name(),
                        Errors.failureText(run.errorCategory(), run.errorMessage())));
                return;
            }
            RunFigures figures = run.figures();
            Messages.info(Texts.text(
                    "portals.imported",
                    portal.name(),
                    figures.licencesCreated(),
                    figures.licencesUpdated(),
                    figures.contactsCreated(),
                    figures.contactsUpdated()));
        } catch (TaskInProgressException busy) {
            Messages.warn(Errors.refusal(busy));
        }
    }
}
