package dev.itam.m365.operations.application;

import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.portal.CredentialSummary;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.monitor.application.TaskRuns;
import dev.itam.m365.persistence.SchemaMigrator;
import dev.itam.m365.portal.application.PortalManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * The portals' facts beside readiness, and always UP: a tenant whose import failed or whose secret
 * expired is fixed in Entra ID or the portal's settings, not by taking the server out of service,
 * which would also hide every other portal's pages. MicroProfile Health finds its checks as CDI beans
 * at deployment, so the portals, which come and go, are one check with facts per portal in its data.
 * Two queries: the portals, and the last run of each.
 */
@Readiness
@ApplicationScoped
public class PortalsCheck implements HealthCheck {

    static final String NAME = "m365-portals";
    static final String NO_IMPORT = "NONE";

    private static final Logger LOG = Logger.getLogger(PortalsCheck.class.getName());

    @Inject
    SchemaMigrator migrator;

    @Inject
    PortalManager portals;

    @Inject
    TaskRuns runs;

    /**
     * The server calls health checks on threads without the application's naming context, where the
     * services' persistence contexts cannot be injected: until a page or call had created them, the
     * check could not read the portals. So the check's first reads happen when the application starts,
     * which creates the services there; a schema not migrated yet fails them harmlessly.
     */
    void createServices(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            portals.list();
            runs.lastOfEachPortal();
        } catch (RuntimeException notMigratedYet) {
            LOG.log(Level.FINE, "The health check's first reads failed at start", notMigratedYet);
        }
    }

    @Override
    public HealthCheckResponse call() {
        if (!migrator.state().migrated()) {
            return unknown("the schema is not migrated yet");
        }
        try {
            return response(portals.list(), runs.lastOfEachPortal());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Reading the portals for the health check failed", e);
            return unknown("the portals could not be read: " + e.getMessage());
        }
    }

    static HealthCheckResponse response(List<Portal> portals, List<TaskRunSummary> lastRuns) {
        Map<Long, TaskRunSummary> last =
                lastRuns.stream().collect(Collectors.toMap(TaskRunSummary::portalId, Function.identity()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("portals", (long) portals.size());
        for (Portal portal : portals) {
            String key = "portal." + portal.id() + ".";
            data.put(key + "name", portal.name());
            TaskRunSummary run = last.get(portal.id());
            data.put(key + "lastImport", run == null ? NO_IMPORT : run.outcome().name());
            if (run != null && run.endedAt() != null) {
                data.put(key + "lastImportEndedAt", run.endedAt().toString());
                if (run.errorCategory() != null) {
                    data.put(key + "lastImportFailure", run.errorCategory().name());
                }
            }
            CredentialSummary credential = portal.credential();
            if (credential != null) {
                data.put(key + "credential", credential.type().name());
                Object expires = credential.secretExpiresOn() != null
                        ? credential.secretExpiresOn()
                        : credential.certificateExpiresAt();
                if (expires != null) {
                    data.put(key + "credentialExpires", expires.toString());
                }
                if (credential.expiresInDays() != null) {
                    data.put(key + "credentialExpiresInDays", (long) credential.expiresInDays());
                }
            }
            if (portal.lastImportAt() != null) {
                data.put(key + "lastSuccessfulImportAt", portal.lastImportAt().toString());
            }
            data.put(key + "stale", portal.stale());
            if (!portal.warnings().isEmpty()) {
                data.put(
                        key + "warnings",
                        portal.warnings().stream().map(w -> w.kind().name()).collect(Collectors.joining(",")));
            }
        }
        return new HealthCheckResponse(NAME, Status.UP, Optional.of(data));
    }

    private static HealthCheckResponse unknown(String why) {
        return new HealthCheckResponse(NAME, Status.UP, Optional.of(Map.of("problem", why)));
    }
}
