package dev.itam.m365.importing.application;

import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.access.TenantAccess;
import dev.itam.m365.graph.client.GraphReader;
import dev.itam.m365.graph.client.SubscribedSku;
import dev.itam.m365.graph.client.SubscriptionsRead;
import dev.itam.m365.licensing.application.ContactLinks;
import dev.itam.m365.lifecycle.application.LifecycleAlerts;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.portal.application.PortalAccess;
import dev.itam.m365.portal.application.PortalRepository;
import dev.itam.m365.portal.domain.PortalEntity;
import dev.itam.m365.tasks.application.TaskContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Imports one portal. Reading Graph and staging happen outside the merge's transaction, so a slow
 * tenant holds no locks; the merge then applies everything at once or nothing. The task's context
 * is asked between pages whether the lease still holds, so a task that lost it stops. The staged
 * users go when the run ends ({@link StagingCleanup}).
 */
@ApplicationScoped
public class PortalImporter {

    private static final Logger LOG = Logger.getLogger(PortalImporter.class.getName());

    @Inject
    PortalRepository portals;

    @Inject
    PortalAccess access;

    @Inject
    GraphReader graph;

    @Inject
    ImportStore staging;

    @Inject
    ImportMerger merger;

    @Inject
    ContactLinks contactLinks;

    @Inject
    LifecycleAlerts alerts;

    @Inject
    Clock clock;

    /**
     * Imports the portal's data under the context's run.
     *
     * @param beforeCommit hears the figures inside the merge's transaction
     */
    public ImportCounts importPortal(long portalId, TaskContext context, Consumer<ImportCounts> beforeCommit) {
        long runId = context.runId();
        PortalEntity portal = portals.require(portalId);
        TenantAccess tenant = access.of(portal);
        List<SubscribedSku> skus = graph.subscribedSkus(tenant);
        SubscriptionsRead subscriptions = graph.subscriptions(tenant);
        Set<String> importable = skus.stream()
                .map(s -> s.skuId().toLowerCase(Locale.ROOT))
                .filter(id -> !portal.excludedSkuIds().contains(id))
                .collect(Collectors.toSet());
        String deltaLink = changeTrackingFromNow(portal, tenant);
        long readStart = System.nanoTime();
        int[] staged = {0};
        long[] stagingNanos = {0};
        SignInActivity signIns = graph.forEachUserPage(tenant, page -> {
            context.heartbeat();
            long stageStart = System.nanoTime();
            staged[0] += staging.stage(runId, page, importable);
            stagingNanos[0] += System.nanoTime() - stageStart;
        });
        context.heartbeat();
        sample("the staged users", staging::sampleStagingTables, portal);
        long mergeStart = System.nanoTime();
        Instant mergedFrom = clock.instant();
        ImportCounts counts =
                merger.merge(runId, portalId, new TenantRead(skus, subscriptions, signIns, deltaLink), beforeCommit);
        sample("the tables it was merged into", staging::sampleMergedTables, portal);
        linkHostContacts(portal, mergedFrom);
        alertComingChanges(portal);
        LOG.info(() -> String.format(
                "Imported portal '%s': %d SKUs, %d licensed users read and staged in %d ms (staging %d ms,"
                        + " sign-ins %s), merged in %d ms",
                portal.name().value(),
                skus.size(),
                staged[0],
                (mergeStart - readStart) / 1_000_000,
                stagingNanos[0] / 1_000_000,
                signIns,
                (System.nanoTime() - mergeStart) / 1_000_000));
        return counts;
    }

    /**
     * The delta link from which the users' changes are tracked, taken before they are read; null when
     * Graph gave none: the import goes on, and the next one is full again.
     */
    private String changeTrackingFromNow(PortalEntity portal, TenantAccess tenant) {
        try {
            return graph.latestDeltaLink(tenant);
        } catch (GraphFailure failure) {
            LOG.log(
                    Level.WARNING,
                    "Microsoft Graph gave no users/delta link for portal '"
                            + portal.name().value() + "'; its next import reads every user again: "
                            + failure.getMessage());
            return null;
        }
    }

    /** Stale statistics slow reads down but lose nothing: the import stands, the next one samples again. */
    private static void sample(String what, Runnable sampling, PortalEntity portal) {
        try {
            sampling.run();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Sampling " + what + " of portal '" + portal.name().value() + "' failed",
                    e);
        }
    }

    /** Alerts are given after the import committed; one that fails does not undo it and comes with the next import. */
    private void alertComingChanges(PortalEntity portal) {
        try {
            alerts.alertComing(portal.id());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Alerting on the coming changes of portal '" + portal.name().value() + "' failed",
                    e);
        }
    }

    /** A host directory that fails does not undo the import; the links are retried with the next changes. */
    private void linkHostContacts(PortalEntity portal, Instant mergedFrom) {
        try {
            contactLinks.linkChangedSince(portal.id(), mergedFrom);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Linking the contacts of portal '" + portal.name().value()
                            + "' to the host's contact directory failed",
                    e);
        }
    }
}
