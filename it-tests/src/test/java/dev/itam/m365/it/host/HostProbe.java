package dev.itam.m365.it.host;

import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.lifecycle.LicenceLifecycleAlert;
import dev.itam.m365.api.lifecycle.LifecycleService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskService;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.portal.CredentialExpiryWarning;
import dev.itam.m365.api.portal.PortalService;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A host application's code, as HostIT deploys it beside the plugin: it finds the plugin's API
 * under its java:global names, reads licences, triggers a recalculation, listens for ended runs, for
 * lifecycle alerts and for expiring credentials.
 */
@WebServlet("/probe")
public class HostProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String PLUGIN = "java:global/m365-plugin/";
    private static final List<TaskRunSummary> HEARD = new CopyOnWriteArrayList<>();
    private static final List<LicenceLifecycleAlert> ALERTS = new CopyOnWriteArrayList<>();
    private static final List<CredentialExpiryWarning> CREDENTIAL_WARNINGS = new CopyOnWriteArrayList<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        try {
            String answer = switch (request.getParameter("action")) {
                case "listen" -> {
                    tasks().addListener(HEARD::add);
                    yield "listening";
                }
                case "recalculate" -> {
                    TaskRunSummary run = tasks().recalculate(TaskTrigger.HOST);
                    yield run.outcome() + " " + run.id();
                }
                case "licences" -> Integer.toString(compliance().licences().size());
                case "listen-lifecycle" -> {
                    lifecycle().addAlertListener(ALERTS::add);
                    yield "listening";
                }
                case "alerts" ->
                    ALERTS.stream()
                            .map(a -> a.change().subscriptionId() + " "
                                    + a.change().event() + " " + a.change().at())
                            .sorted()
                            .collect(Collectors.joining("\n"));
                case "coming" ->
                    lifecycle().comingChanges().stream()
                            .map(c -> c.subscriptionId() + " " + c.event() + " " + c.at())
                            .sorted()
                            .collect(Collectors.joining("\n"));
                case "listen-credentials" -> {
                    portals().addCredentialExpiryListener(CREDENTIAL_WARNINGS::add);
                    yield "listening";
                }
                case "credential-warnings" ->
                    CREDENTIAL_WARNINGS.stream()
                            .map(w -> w.portalName() + " " + w.threshold() + " " + w.daysLeft())
                            .collect(Collectors.joining("\n"));
                case "heard" ->
                    HEARD.size()
                            + (HEARD.isEmpty()
                                    ? ""
                                    : " " + HEARD.get(HEARD.size() - 1).task() + " "
                                            + HEARD.get(HEARD.size() - 1).triggeredBy());
                default -> "unknown action";
            };
            response.getWriter().write(answer);
        } catch (NamingException e) {
            response.sendError(500, "Lookup failed: " + e);
        }
    }

    private static PortalService portals() throws NamingException {
        return (PortalService) new InitialContext().lookup(PLUGIN + "M365Portals!" + PortalService.class.getName());
    }

    private static TaskService tasks() throws NamingException {
        return (TaskService) new InitialContext().lookup(PLUGIN + "M365Tasks!" + TaskService.class.getName());
    }

    private static LifecycleService lifecycle() throws NamingException {
        return (LifecycleService)
                new InitialContext().lookup(PLUGIN + "M365Lifecycle!" + LifecycleService.class.getName());
    }

    private static ComplianceService compliance() throws NamingException {
        return (ComplianceService)
                new InitialContext().lookup(PLUGIN + "M365Compliance!" + ComplianceService.class.getName());
    }
}
