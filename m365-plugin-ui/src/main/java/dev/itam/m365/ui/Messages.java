package dev.itam.m365.ui;

import dev.itam.m365.api.Violation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Messages for the admin. A service's rule violation goes next to the field it concerns: the input
 * whose id is the violation's field, or for {@code credential} and every {@code credential.*}
 * field the component {@code credential}; a violation without such a component is shown at the
 * top, with its field. A violation's sentence is in the reader's language where its rule has a code
 * the bundle translates ({@link Errors#violation}).
 */
public final class Messages {

    private Messages() {}

    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(null, FacesMessage.SEVERITY_WARN, text);
    }

    public static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /** Keeps messages across the redirect that follows a saved form. */
    public static void keepForNextPage() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void violations(List<Violation> violations) {
        for (Violation violation : violations) {
            String componentId = violation.field().startsWith("credential") ? "credential" : violation.field();
            String clientId = clientIdOf(componentId);
            add(
                    clientId,
                    FacesMessage.SEVERITY_ERROR,
                    clientId == null
                            ? violation.field() + ": " + Errors.violation(violation)
                            : Errors.violation(violation));
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private static String clientIdOf(String componentId) {
        FacesContext context = FacesContext.getCurrentInstance();
        AtomicReference<String> found = new AtomicReference<>();
        context.getViewRoot()
                .visitTree(
                        VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_ITERATION)),
                        (visit, component) -> {
                            if (componentId.equals(component.getId())) {
                                found.set(component.getClientId(visit.getFacesContext()));
                                return VisitResult.COMPLETE;
                            }
                            return VisitResult.ACCEPT;
                        });
        return found.get();
    }
}
