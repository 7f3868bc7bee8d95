package dev.itam.m365.importing.application;

import dev.itam.m365.api.importing.ImportMode;
import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.monitor.RunFigures;
import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.graph.GraphCalls;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.GraphUsage;
import dev.itam.m365.graph.RequestPriority;
import dev.itam.m365.graph.access.TenantAccess;
import dev.itam.m365.graph.client.DeltaLinkExpired;
import dev.itam.m365.graph.client.GraphReader;
import dev.itam.m365.graph.client.GraphUser;
import dev.itam.m365.graph.client.SubscribedSku;
import dev.itam.m365.graph.client.SubscriptionsRead;
import dev.itam.m365.licensing.application.ContactLinks;
import dev.itam.m365.lifecycle.application.LifecycleAlerts;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.portal.application.CredentialWatch;
import dev.itam.m365.portal.application.PortalAccess;
import dev.itam.m365.portal.application.PortalRepository;
import dev.itam.m365.portal.domain.PortalEntity;
import dev.itam.m365.tasks.application.TaskContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    CredentialWatch credentials;

    @Inject
    Clock clock;

    @Inject
    ImportSettings settings;

    @Inject
    MergedTablesSampling sampling;

    @Inject
    Event<PortalImportEnded> ended;

    /**
     * Imports the portal's data under the context's run: with {@link ImportMode#INCREMENTAL} only
     * the users changed since the last import when the portal's change tracking allows it (a delta
     * link, and a full import within {@link ImportSettings#fullInterval()}), every user otherwise, and
     * also when Graph says the link expired: then in the same run, which says so. However it ends,
     * {@link PortalImportEnded} tells what it took.
     *
     * @param beforeCommit hears the figures inside the merge's transaction
     */
    public ImportCounts importPortal(
            long portalId, TaskContext context, ImportMode mode, Consumer<ImportCounts> beforeCommit) {
        long runId = context.runId();
        // A full recalculation imports every portal in one run: what the run staged for the portals
        // before this one, or left behind when one of them failed, must not reach this merge.
        staging.discard(runId);
        credentials.check(portalId);
        PortalEntity portal = portals.require(portalId);
        GraphUsage usage = new GraphUsage(RequestPriority.of(context.trigger()));
        long started = System.nanoTime();
        FailureCategory failure = FailureCategory.INTERNAL_ERROR;
        try {
            ImportCounts counts = importPortal(portal, context, mode, usage, beforeCommit);
            failure = null;
            return counts;
        } catch (GraphFailure graphFailure) {
            failure = graphFailure.category();
            throw graphFailure;
        } finally {
            ended.fire(new PortalImportEnded(
                    portalId,
                    portal.name().value(),
                    Duration.ofNanos(System.nanoTime() - started),
                    failure,
                    usage.figures()));
        }
    }

    private ImportCounts importPortal(
            PortalEntity portal,
            TaskContext context,
            ImportMode mode,
            GraphUsage usage,
            Consumer<ImportCounts> beforeCommit) {
        long runId = context.runId();
        long portalId = portal.id();
        TenantAccess tenant = access.of(portal);
        Optional<String> tracked = mode == ImportMode.INCREMENTAL
                ? portals.deltaLinkOfFullImportSince(portalId, clock.instant().minus(settings.fullInterval()))
                : Optional.empty();
        // One after the other on the request's thread, on one token. They were read in parallel on the
        // default managed executor, but its tasks run in a clone of the request's invocation that
        // shares its registry of entity managers outside transactions: a task that ended could close
        // those the request was using (Payara answered the request with a 500 at its end).
        graph.signIn(tenant);
        List<SubscribedSku> skus = graph.subscribedSkus(tenant, usage);
        SubscriptionsRead subscriptions = graph.subscriptions(tenant, usage);
        String deltaLink = tracked.isEmpty() ? changeTrackingFromNow(portal, tenant, usage) : null;
        Set<String> importable = skus.stream()
                .map(s -> s.skuId().toLowerCase(Locale.ROOT))
                .filter(id -> !portal.excludedSkuIds().contains(id))
                .collect(Collectors.toSet());
        PageStaging pages = new PageStaging(context, importable);
        TenantRead read = null;
        if (tracked.isPresent()) {
            try {
                String next = graph.forEachChangedUserPage(tenant, usage, tracked.get(), pages::stageChanges);
                read = new TenantRead(
                        skus,
                        subscriptions,
                        ImportMode.INCREMENTAL,
                        portal.signInActivity() == null ? SignInActivity.READ : portal.signInActivity(),
                        next,
                        ImportNotices.incremental(pages.named));
            } catch (DeltaLinkExpired expired) {
                staging.discard(runId);
                pages = new PageStaging(context, importable);
                read = full(
                        tenant,
                        usage,
                        skus,
                        subscriptions,
                        changeTrackingFromNow(portal, tenant, usage),
                        pages,
                        ImportNotices.changeTrackingLost(expired.getMessage()));
            }
        }
        if (read == null) {
            read = full(tenant, usage, skus, subscriptions, deltaLink, pages, null);
        }
        context.heartbeat();
        sample("the staged users", staging::sampleStagingTables, portal);
        long mergeStart = System.nanoTime();
        Instant mergedFrom = clock.instant();
        ImportCounts counts = merger.merge(runId, portalId, read, usage.figures(), beforeCommit);
        if (read.mode() == ImportMode.FULL) {
            // A delta round changes a few rows of tables the last full import sampled; sampling them
            // again would take longer than its merge. The next full import samples them: before it
            // ends when the statistics no longer hold, after it when they do.
            RunFigures merged = counts.figures();
            if (staging.mergedStatisticsHold(merged.contactsCreated(), merged.assignmentsCreated())) {
                sampling.sampleLater(portal.name().value());
            } else {
                sample("the tables it was merged into", staging::sampleMergedTables, portal);
            }
        }
        linkHostContacts(portal, mergedFrom);
        alertComingChanges(portal);
        TenantRead done = read;
        PageStaging measured = pages;
        GraphCalls used = usage.figures();
        LOG.info(() -> String.format(
                "Imported portal '%s' (%s): %d SKUs, %d licensed users read and staged in %d ms (staging %d ms,"
                        + " sign-ins %s), merged in %d ms; Graph: %d requests at %s priority, %d resource units,"
                        + " %d throttled, slowed down %d ms",
                portal.name().value(),
                done.mode(),
                skus.size(),
                measured.staged,
                (mergeStart - measured.started) / 1_000_000,
                measured.nanos / 1_000_000,
                done.signIns(),
                (System.nanoTime() - mergeStart) / 1_000_000,
                used.requests(),
                usage.priority(),
                used.resourceUnits(),
                used.throttledResponses(),
                used.pausedMillis()));
        return counts;
    }

    /** Reads every user; {@code deltaLink}, from {@link #changeTrackingFromNow}, was taken before. */
    private TenantRead full(
            TenantAccess tenant,
            GraphUsage usage,
            List<SubscribedSku> skus,
            SubscriptionsRead subscriptions,
            String deltaLink,
            PageStaging pages,
            String runNotice) {
        SignInActivity signIns = graph.forEachUserPage(tenant, usage, pages::stage);
        return new TenantRead(skus, subscriptions, ImportMode.FULL, signIns, deltaLink, runNotice);
    }

    /** Stages the pages of one reading of the users, renewing the run's lease between them, and counts. */
    private final class PageStaging {

        private final TaskContext context;
        private final Set<String> importable;
        private final long started = System.nanoTime();
        private int staged;
        private int named;
        private long nanos;

        PageStaging(TaskContext context, Set<String> importable) {
            this.context = context;
            this.importable = importable;
        }

        void stage(List<GraphUser> page) {
            context.heartbeat();
            long start = System.nanoTime();
            staged += staging.stage(context.runId(), page, importable);
            nanos += System.nanoTime() - start;
        }

        void stageChanges(List<GraphUser> page) {
            context.heartbeat();
            long start = System.nanoTime();
            staged += staging.stageChanges(context.runId(), page, importable);
            named += page.size();
            nanos += System.nanoTime() - start;
        }
    }

    /**
     * The delta link from which the users' changes are tracked, taken before they are read; null when
     * Graph gave none: the import goes on, and the next one is full again.
     */
    private String changeTrackingFromNow(PortalEntity portal, TenantAccess tenant, GraphUsage usage) {
        try {
            return graph.latestDeltaLink(tenant, usage);
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
