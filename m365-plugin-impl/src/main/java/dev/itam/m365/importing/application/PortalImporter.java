package dev.itam.m365.importing.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.graph.access.TenantAccess;
import dev.itam.m365.graph.client.GraphReader;
import dev.itam.m365.graph.client.SubscribedSku;
import dev.itam.m365.licensing.application.ContactLinks;
import dev.itam.m365.monitor.application.RunFailure;
import dev.itam.m365.monitor.application.TaskRuns;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.portal.application.PortalAccess;
import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Imports one portal. Reading Graph and staging happen outside the merge's transaction, so a slow
 * tenant holds no locks; the merge then applies everything at once or nothing. Whoever calls this
 * holds the import's lease.
 */
@ApplicationScoped
public class PortalImporter {

    private static final Logger LOG = Logger.getLogger(PortalImporter.class.getName());

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    PortalAccess access;

    @Inject
    GraphReader graph;

    @Inject
    UserStaging staging;

    @Inject
    ImportMerger merger;

    @Inject
    TaskRuns runs;

    @Inject
    ContactLinks contactLinks;

    @Inject
    Clock clock;

    public List<Long> portalIds() {
        return em.createQuery("select p.id from Portal p order by p.name.key", Long.class).getResultList();
    }

    /** Imports the portal as a task run of its own; failures end up in the run, not thrown. */
    public TaskRunSummary importAsRun(long portalId, TaskTrigger trigger, ImportProgress progress) {
        PortalEntity portal = portal(portalId);
        long runId = runs.start(TaskType.IMPORT, trigger, portalId, portal.name().value());
        progress.started(runId);
        try {
            runs.succeed(runId, importInto(runId, portal, progress::pageRead));
        } catch (RuntimeException failure) {
            RunFailure report = RunFailure.of(failure, "Import of portal " + portalId);
            runs.fail(runId, report.category(), report.message());
        }
        return runs.run(runId);
    }

    /**
     * Imports the portal's data under the given run.
     *
     * @param heartbeat called after every page, so a long import can renew its lease
     */
    public ImportCounts importInto(long runId, PortalEntity portal, Runnable heartbeat) {
        try {
            TenantAccess tenant = access.of(portal);
            List<SubscribedSku> skus = graph.subscribedSkus(tenant);
            Set<String> importable = skus.stream().map(s -> s.skuId().toLowerCase(Locale.ROOT))
                    .filter(id -> !portal.excludedSkuIds().contains(id)).collect(Collectors.toSet());
            long readStart = System.nanoTime();
            int[] staged = {0};
            graph.forEachUserPage(tenant, page -> {
                staged[0] += staging.stage(runId, page, importable);
                heartbeat.run();
            });
            long mergeStart = System.nanoTime();
            Instant mergedFrom = clock.instant();
            ImportCounts counts = merger.merge(runId, portal.id(), skus);
            linkHostContacts(portal, mergedFrom);
            LOG.info(() -> String.format("Imported portal '%s': %d SKUs, %d licensed users read and staged in %d ms,"
                    + " merged in %d ms", portal.name().value(), skus.size(), staged[0],
                    (mergeStart - readStart) / 1_000_000, (System.nanoTime() - mergeStart) / 1_000_000));
            return counts;
        } finally {
            staging.discard(runId);
        }
    }

    /** A host directory that fails does not undo the import; the links are retried with the next changes. */
    private void linkHostContacts(PortalEntity portal, Instant mergedFrom) {
        try {
            contactLinks.linkChangedSince(portal.id(), mergedFrom);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Linking the contacts of portal '" + portal.name().value()
                    + "' to the host's contact directory failed", e);
        }
    }

    public PortalEntity portal(long portalId) {
        PortalEntity portal = em.find(PortalEntity.class, portalId);
        if (portal == null) {
            throw new NotFoundException("There is no portal with id " + portalId + "; it may have been deleted.");
        }
        return portal;
    }
}
