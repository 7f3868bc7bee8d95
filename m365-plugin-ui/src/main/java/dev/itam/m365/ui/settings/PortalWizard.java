package dev.itam.m365.ui.settings;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.PluginException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.importing.TenantConnections;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalService;
import dev.itam.m365.ui.Errors;
import dev.itam.m365.ui.Messages;
import dev.itam.m365.ui.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.component.wizard.Wizard;
import org.primefaces.event.FlowEvent;

/**
 * The add-portal wizard: General, Connection, Exclusions. Moving to the exclusions checks the
 * connection data and reads the tenant's licences; Done saves the portal and imports it.
 */
@Named
@ViewScoped
public class PortalWizard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String GENERAL = "general";
    private static final String CONNECTION = "connection";
    private static final String EXCLUSIONS = "exclusions";

    @Inject
    PortalService portals;

    @Inject
    TenantConnections connections;

    @Inject
    PortalImport importing;

    private final PortalForm form = new PortalForm();

    /** Flow listener: leaving the connection step reads the tenant's licences for the exclusions. */
    public String onFlow(FlowEvent event) {
        if (CONNECTION.equals(event.getOldStep()) && EXCLUSIONS.equals(event.getNewStep())) {
            try {
                form.getExclusions()
                        .load(
                                connections.licences(form.draft(), null),
                                form.getExclusions().excluded());
            } catch (InvalidInputException invalid) {
                Messages.violations(invalid.violations());
                FacesContext.getCurrentInstance().validationFailed();
                return CONNECTION;
            } catch (PluginException unreachable) {
                form.getExclusions()
                        .couldNotLoad(
                                Errors.refusal(unreachable),
                                form.getExclusions().excluded());
            }
        }
        return event.getNewStep();
    }

    public void testConnection() {
        form.connectionChecked(connections.test(form.draft(), null));
    }

    /** Saves the portal; a broken rule sends the admin back to the step with the field. */
    public String done() {
        Portal saved;
        try {
            saved = portals.create(form.draft());
        } catch (InvalidInputException invalid) {
            Messages.violations(invalid.violations());
            wizard().setStep(stepOf(invalid.violations().get(0)));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        form.forgetSecrets();
        Messages.info(Texts.text("portals.saved", saved.name()));
        importing.run(saved);
        Messages.keepForNextPage();
        return "/settings/portals?faces-redirect=true&portal=" + saved.id();
    }

    private static String stepOf(Violation violation) {
        return switch (violation.field()) {
            case "name", "description" -> GENERAL;
            case "excludedSkuIds" -> EXCLUSIONS;
            default -> CONNECTION;
        };
    }

    private static Wizard wizard() {
        return (Wizard) FacesContext.getCurrentInstance().getViewRoot().findComponent("wizard:steps");
    }

    public PortalForm getForm() {
        return form;
    }
}
