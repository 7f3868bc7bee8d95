package dev.itam.m365.importing.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.importing.ImportService;
import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.access.TenantAccess;
import dev.itam.m365.graph.client.GraphReader;
import dev.itam.m365.graph.client.SubscribedSku;
import dev.itam.m365.monitor.application.TaskRuns;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.portal.application.PortalAccess;
import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Imports portals one by one. Reading Graph and staging happen outside the merge's transaction,
 * so a slow tenant holds no locks; the merge then applies everything at once or nothing.
 */
@ApplicationScoped
public class ImportRunner implements ImportService {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

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

    @Override
    public List<TaskRunSummary> importAll(TaskTrigger trigger) {
        List<Long> portalIds = em.createQuery("select p.id from Portal p order by p.name.key", Long.class).getResultList();
        return portalIds.stream().map(id -> importPortal(id, trigger)).toList();
    }

    @Override
    public TaskRunSummary importPortal(long portalId, TaskTrigger trigger) {
        PortalEntity portal = em.find(PortalEntity.class, portalId);
        if (portal == null) {
            throw new NotFoundException("There is no portal with id " + portalId + "; it may have been deleted.");
        }
        long runId = runs.start(TaskType.IMPORT, trigger, portalId, portal.name().value());
        try {
            TenantAccess tenant = access.of(portal);
            List<SubscribedSku> skus = graph.subscribedSkus(tenant);
            Set<String> importable = skus.stream().map(s -> s.skuId().toLowerCase(Locale.ROOT))
                    .filter(id -> !portal.excludedSkuIds().contains(id)).collect(Collectors.toSet());
            long readStart = System.nanoTime();
            int[] staged = {0};
            graph.forEachUserPage(tenant, page -> staged[0] += staging.stage(runId, page, importable));
            long mergeStart = System.nanoTime();
            ImportCounts counts = merger.merge(runId, portalId, skus);
            LOG.info(() -> String.format("Imported portal '%s': %d SKUs, %d licensed users read and staged in %d ms,"
                    + " merged in %d ms", portal.name().value(), skus.size(), staged[0],
                    (mergeStart - readStart) / 1_000_000, (System.nanoTime() - mergeStart) / 1_000_000));
            runs.succeed(runId, counts);
        } catch (GraphFailure failure) {
            runs.fail(runId, failure.category(), failure.getMessage());
        } catch (NotFoundException deleted) {
            runs.fail(runId, FailureCategory.INTERNAL_ERROR, deleted.getMessage());
        } catch (RuntimeException unexpected) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Import of portal " + portalId + " failed, reference " + reference, unexpected);
            runs.fail(runId, FailureCategory.INTERNAL_ERROR, "The import failed unexpectedly; the server log holds the"
                    + " details under reference " + reference + ".");
        } finally {
            staging.discard(runId);
        }
        return runs.summary(runId);
    }
}
