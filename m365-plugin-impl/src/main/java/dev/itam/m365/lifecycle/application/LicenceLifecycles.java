package dev.itam.m365.lifecycle.application;

import dev.itam.m365.licensing.domain.LicenceEntity;
import dev.itam.m365.lifecycle.domain.LicenceLifecycle;
import dev.itam.m365.lifecycle.domain.SubscriptionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle of licences, read when asked for: a stored "next change" would go stale the moment
 * its date passes, so it is derived from the subscriptions and the clock at each read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LicenceLifecycles {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    /** The lifecycle of every licence, or of one portal's, by licence id. */
    public Map<Long, LicenceLifecycle> of(Optional<Long> portalId, List<LicenceEntity> licences) {
        TypedQuery<SubscriptionEntity> query = em.createQuery(
                "select s from Subscription s"
                        + portalId.map(id -> " where s.licence.portal.id = :portal")
                                .orElse(""),
                SubscriptionEntity.class);
        portalId.ifPresent(id -> query.setParameter("portal", id));
        Map<Long, List<SubscriptionEntity>> byLicence = new HashMap<>();
        query.getResultStream()
                .forEach(s -> byLicence
                        .computeIfAbsent(s.licence().id(), id -> new ArrayList<>())
                        .add(s));
        Instant now = clock.instant();
        Map<Long, LicenceLifecycle> lifecycles = new HashMap<>();
        for (LicenceEntity licence : licences) {
            lifecycles.put(
                    licence.id(),
                    LicenceLifecycle.of(
                            licence.capabilityStatus(), byLicence.getOrDefault(licence.id(), List.of()), now));
        }
        return lifecycles;
    }
}
