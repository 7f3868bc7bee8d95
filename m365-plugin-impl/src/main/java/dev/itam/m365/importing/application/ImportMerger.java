package dev.itam.m365.importing.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.importing.ImportMode;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.catalogue.SkuTitles;
import dev.itam.m365.catalogue.Titles;
import dev.itam.m365.changes.application.ChangeLog;
import dev.itam.m365.graph.GraphCalls;
import dev.itam.m365.graph.client.CompanySubscription;
import dev.itam.m365.graph.client.SubscribedSku;
import dev.itam.m365.graph.client.SubscriptionsRead;
import dev.itam.m365.licensing.application.ProductFolders;
import dev.itam.m365.licensing.domain.LicenceEntity;
import dev.itam.m365.licensing.domain.ProductEntity;
import dev.itam.m365.licensing.domain.ProductFolder;
import dev.itam.m365.licensing.domain.SeatCounts;
import dev.itam.m365.lifecycle.application.SubscriptionMerger;
import dev.itam.m365.lifecycle.domain.SubscriptionReport;
import dev.itam.m365.monitor.domain.ImportCounts;
import dev.itam.m365.portal.application.PortalRepository;
import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merges one run's tenant data into licence management in a single transaction: licences and
 * products through JPA (a tenant has tens of SKUs), contacts and consumer assignments set-based in
 * SQL from the staging tables (a tenant may have hundreds of thousands of users). Nothing is
 * deleted but assignments the tenant no longer has; items the tenant no longer feeds are marked
 * as not synchronised (M-10). The subscriptions behind the licences are replaced with the same
 * transaction, when Graph gave them, and so are the licences' service plans and failed assignments.
 */
@ApplicationScoped
public class ImportMerger {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SkuTitles titles;

    @Inject
    ProductFolders folders;

    @Inject
    ImportStore store;

    @Inject
    SubscriptionMerger subscriptionMerger;

    @Inject
    PortalRepository portals;

    @Inject
    ChangeLog changes;

    /**
     * @param beforeCommit hears the figures inside the merge's transaction, so the task can fence
     *                     its lease and record its outcome with the data
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportCounts merge(
            long runId, long portalId, TenantRead tenant, GraphCalls graph, Consumer<ImportCounts> beforeCommit) {
        List<SubscribedSku> skus = tenant.skus();
        SubscriptionsRead subscriptions = tenant.subscriptions();
        SignInActivity signIns = tenant.signIns();
        PortalEntity portal = em.find(PortalEntity.class, portalId);
        if (portal == null) {
            throw new NotFoundException("The portal was deleted while it was being imported.");
        }
        Instant now = clock.instant();
        LicenceMerge licences = mergeLicences(portal, skus, now);
        subscriptions
                .ifRead()
                .ifPresent(read -> subscriptionMerger.merge(licences.synchronisedLicences, reports(read)));
        boolean incremental = tenant.mode() == ImportMode.INCREMENTAL;
        String notice = notice(subscriptions, signIns);
        portals.noteImport(portalId, notice, signIns, now);
        if (incremental) {
            portals.noteDeltaLink(portalId, tenant.deltaLink());
        } else {
            portals.noteChangeTracking(portalId, tenant.deltaLink(), now);
        }
        em.flush();
        try {
            Connection connection = em.unwrap(Connection.class);
            store.replaceServicePlans(connection, servicePlans(licences, skus));
            changes.recordImport(connection, runId, portalId, licences.synchronisedLicenceIds(), incremental);
            ImportStore.ConsumerCounts consumers = store.mergeConsumers(
                    connection,
                    runId,
                    portalId,
                    licences.synchronisedLicenceIds(),
                    signIns == SignInActivity.READ && !incremental,
                    incremental,
                    now);
            ImportCounts counts = new ImportCounts(
                            skus.size(),
                            licences.licencesCreated,
                            licences.licencesUpdated,
                            licences.productsCreated,
                            licences.productsUpdated,
                            consumers.contactsCreated(),
                            consumers.contactsUpdated(),
                            consumers.assignmentsCreated(),
                            consumers.assignmentsRemoved(),
                            licences.unsynchronisable)
                    .withNotice(
                            tenant.runNotice() == null
                                    ? notice
                                    : notice == null ? tenant.runNotice() : tenant.runNotice() + " " + notice)
                    .withReading(tenant.mode(), graph);
            beforeCommit.accept(counts);
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Merging contacts and assignments failed: " + e.getMessage(), e);
        }
    }

    private static List<SubscriptionReport> reports(List<CompanySubscription> read) {
        return read.stream()
                .map(s -> new SubscriptionReport(
                        s.id(),
                        s.commerceSubscriptionId(),
                        s.skuId(),
                        s.status(),
                        s.seats(),
                        s.onTrial(),
                        s.createdAt(),
                        s.nextLifecycleAt()))
                .toList();
    }

    /** The plans of each synchronised licence, from its SKU. */
    private static Map<Long, List<SubscribedSku.ServicePlan>> servicePlans(
            LicenceMerge licences, List<SubscribedSku> skus) {
        Map<String, SubscribedSku> bySkuId = new HashMap<>();
        skus.forEach(sku -> bySkuId.putIfAbsent(sku.skuId().toLowerCase(Locale.ROOT), sku));
        Map<Long, List<SubscribedSku.ServicePlan>> plans = new HashMap<>();
        for (LicenceEntity licence : licences.synchronisedLicences) {
            plans.put(licence.id(), bySkuId.get(licence.skuId()).plans());
        }
        return plans;
    }

    /**
     * Licences and users still import when the app may not read subscriptions or sign-ins; the run
     * and the portal say in words what is missing and what it costs. Null when nothing is.
     */
    static String notice(SubscriptionsRead subscriptions, SignInActivity signIns) {
        List<String> missing = new ArrayList<>();
        if (subscriptions.ifRead().isEmpty()) {
            missing.add(ImportNotices.subscriptionsNotRead(subscriptions.deniedBecause()));
        }
        String signInsMissing = ImportNotices.signInsNotRead(signIns);
        if (signInsMissing != null) {
            missing.add(signInsMissing);
        }
        return missing.isEmpty() ? null : String.join(" ", missing);
    }

    private LicenceMerge mergeLicences(PortalEntity portal, List<SubscribedSku> skus, Instant now) {
        LicenceMerge merge = new LicenceMerge();
        Map<String, LicenceEntity> licences = em.createQuery(
                        "select l from Licence l where l.portal = :portal", LicenceEntity.class)
                .setParameter("portal", portal)
                .getResultStream()
                .collect(Collectors.toMap(LicenceEntity::skuId, Function.identity()));
        Map<Long, ProductEntity> products = new HashMap<>();
        em.createQuery("select p from Product p where p.licence.portal = :portal", ProductEntity.class)
                .setParameter("portal", portal)
                .getResultStream()
                .forEach(p -> products.put(p.licence().id(), p));
        Set<String> excluded = portal.excludedSkuIds();
        ProductFolder folder = null;
        Titles skuTitles = titles.of(skus.stream().map(SubscribedSku::skuId).toList());

        for (SubscribedSku sku : skus) {
            String skuId = sku.skuId().toLowerCase(Locale.ROOT);
            LicenceEntity licence = licences.remove(skuId);
            if (excluded.contains(skuId)) {
                if (licence != null) {
                    unsynchronise(licence, products.get(licence.id()), SyncProblem.SKU_EXCLUDED);
                }
                continue;
            }
            String title = skuTitles.titleOf(skuId, sku.skuPartNumber());
            SubscribedSku.PrepaidUnits units = sku.seats();
            SeatCounts seats = new SeatCounts(
                    units.enabled(), units.suspended(), units.warning(), units.lockedOut(), sku.consumedUnits());
            if (licence == null) {
                licence = new LicenceEntity(
                        portal, skuId, sku.skuPartNumber(), title, seats, sku.capabilityStatus(), sku.appliesTo(), now);
                em.persist(licence);
                merge.licencesCreated++;
            } else if (licence.refresh(
                    sku.skuPartNumber(), title, seats, sku.capabilityStatus(), sku.appliesTo(), now)) {
                merge.licencesUpdated++;
            }
            ProductEntity product = products.get(licence.id());
            if (product == null) {
                folder = folder == null ? folders.importFolder(portal.name().value()) : folder;
                em.persist(ProductEntity.importedFor(licence, folder));
                merge.productsCreated++;
            } else if (product.refresh()) {
                merge.productsUpdated++;
            }
            merge.synchronisedLicences.add(licence);
        }
        for (LicenceEntity gone : licences.values()) {
            SyncProblem problem =
                    excluded.contains(gone.skuId()) ? SyncProblem.SKU_EXCLUDED : SyncProblem.SKU_REMOVED_FROM_TENANT;
            unsynchronise(gone, products.get(gone.id()), problem);
        }
        merge.unsynchronisable = em.createQuery(
                        "select count(l) from Licence l where l.portal = :portal" + " and l.sync.status <> :status",
                        Long.class)
                .setParameter("portal", portal)
                .setParameter("status", SyncStatus.SYNCHRONISED)
                .getSingleResult()
                .intValue();
        return merge;
    }

    private static void unsynchronise(LicenceEntity licence, ProductEntity product, SyncProblem problem) {
        licence.cannotSynchronise(problem);
        if (product != null) {
            product.cannotSynchronise(problem);
        }
    }
}
