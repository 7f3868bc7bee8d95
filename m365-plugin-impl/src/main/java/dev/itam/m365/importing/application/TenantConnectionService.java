package dev.itam.m365.importing.application;

import dev.itam.m365.api.importing.ConnectionCheck;
import dev.itam.m365.api.importing.TenantConnections;
import dev.itam.m365.api.importing.TenantLicence;
import dev.itam.m365.api.importing.TenantUnreachableException;
import dev.itam.m365.api.portal.PortalDraft;
import dev.itam.m365.catalogue.SkuTitles;
import dev.itam.m365.catalogue.Titles;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.GraphUsage;
import dev.itam.m365.graph.RequestPriority;
import dev.itam.m365.graph.access.TenantAccess;
import dev.itam.m365.graph.client.GraphReader;
import dev.itam.m365.graph.client.SubscribedSku;
import dev.itam.m365.portal.application.PortalAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Test connection (M-2) and the tenant's licences for the exclusions step. */
@ApplicationScoped
public class TenantConnectionService implements TenantConnections {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    PortalAccess access;

    @Inject
    GraphReader graph;

    @Inject
    SkuTitles titles;

    @Override
    public ConnectionCheck test(long portalId) {
        return check(access.of(portalId));
    }

    @Override
    public ConnectionCheck test(PortalDraft draft, Long portalId) {
        return check(access.of(draft, portalId));
    }

    @Override
    public List<TenantLicence> licences(long portalId) {
        return licences(access.of(portalId), storedExclusions(portalId));
    }

    @Override
    public List<TenantLicence> licences(PortalDraft draft, Long portalId) {
        Set<String> excluded = new TreeSet<>();
        if (draft.excludedSkuIds() != null) {
            draft.excludedSkuIds().forEach(id -> excluded.add(id.toLowerCase(Locale.ROOT)));
        }
        return licences(access.of(draft, portalId), excluded);
    }

    private ConnectionCheck check(TenantAccess tenant) {
        try {
            return ConnectionCheck.succeeded(graph.subscribedSkus(tenant, new GraphUsage(RequestPriority.NORMAL))
                    .size());
        } catch (GraphFailure failure) {
            return ConnectionCheck.failed(failure.category(), failure.getMessage());
        }
    }

    private List<TenantLicence> licences(TenantAccess tenant, Set<String> excluded) {
        try {
            List<SubscribedSku> skus = graph.subscribedSkus(tenant, new GraphUsage(RequestPriority.NORMAL));
            Titles skuTitles = titles.of(skus.stream().map(SubscribedSku::skuId).toList());
            return skus.stream()
                    .map(sku -> view(sku, skuTitles, excluded))
                    .sorted(Comparator.comparing(TenantLicence::title, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        } catch (GraphFailure failure) {
            throw new TenantUnreachableException(failure.category(), failure.getMessage());
        }
    }

    private static TenantLicence view(SubscribedSku sku, Titles skuTitles, Set<String> excluded) {
        String skuId = sku.skuId().toLowerCase(Locale.ROOT);
        return new TenantLicence(
                skuId,
                sku.skuPartNumber(),
                skuTitles.titleOf(skuId, sku.skuPartNumber()),
                sku.capabilityStatus(),
                sku.seats().enabled(),
                sku.consumedUnits(),
                sku.subscribed(),
                excluded.contains(skuId));
    }

    private Set<String> storedExclusions(long portalId) {
        return new TreeSet<>(
                em.createQuery("select e from Portal p join p.excludedSkuIds e where p.id = :id", String.class)
                        .setParameter("id", portalId)
                        .getResultList());
    }
}
