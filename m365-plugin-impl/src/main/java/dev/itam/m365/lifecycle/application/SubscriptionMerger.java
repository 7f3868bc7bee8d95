package dev.itam.m365.lifecycle.application;

import dev.itam.m365.licensing.domain.LicenceEntity;
import dev.itam.m365.lifecycle.domain.SubscriptionEntity;
import dev.itam.m365.lifecycle.domain.SubscriptionReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Replaces the subscriptions of the licences an import synchronised with those the tenant reports,
 * in the import's transaction: found again by subscription id, new ones added, gone ones removed.
 * Licences the import did not synchronise keep theirs as last read; a subscription reported twice
 * counts once, and one without an id or with an id longer than Graph's GUIDs is skipped.
 */
@ApplicationScoped
public class SubscriptionMerger {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    /** @return how many subscriptions were added, changed or removed */
    public int merge(Collection<LicenceEntity> synchronised, List<SubscriptionReport> reports) {
        if (synchronised.isEmpty()) {
            return 0;
        }
        Map<String, Map<String, SubscriptionReport>> bySku = reports.stream()
                .filter(r -> r.subscriptionId() != null
                        && r.subscriptionId().length() <= SubscriptionEntity.MAX_ID
                        && r.skuId() != null)
                .collect(Collectors.groupingBy(
                        r -> r.skuId().toLowerCase(Locale.ROOT),
                        Collectors.toMap(SubscriptionReport::subscriptionId, r -> r, (first, again) -> first)));
        Map<Long, Map<String, SubscriptionEntity>> stored = new HashMap<>();
        em.createQuery("select s from Subscription s where s.licence in :licences", SubscriptionEntity.class)
                .setParameter("licences", List.copyOf(synchronised))
                .getResultStream()
                .forEach(s -> stored.computeIfAbsent(s.licence().id(), id -> new HashMap<>())
                        .put(s.subscriptionId(), s));
        int changes = 0;
        for (LicenceEntity licence : synchronised) {
            Map<String, SubscriptionEntity> old = stored.getOrDefault(licence.id(), new HashMap<>());
            for (SubscriptionReport report :
                    bySku.getOrDefault(licence.skuId(), Map.of()).values()) {
                SubscriptionEntity subscription = old.remove(report.subscriptionId());
                if (subscription == null) {
                    em.persist(new SubscriptionEntity(licence, report));
                    changes++;
                } else if (subscription.take(report)) {
                    changes++;
                }
            }
            for (SubscriptionEntity gone : old.values()) {
                em.remove(gone);
                changes++;
            }
        }
        return changes;
    }
}
