package dev.itam.m365.lifecycle.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.api.lifecycle.LifecycleAlertListener;
import dev.itam.m365.api.lifecycle.LifecycleChange;
import dev.itam.m365.api.lifecycle.LifecycleService;
import dev.itam.m365.api.lifecycle.Subscription;
import dev.itam.m365.licensing.domain.LicenceEntity;
import dev.itam.m365.lifecycle.domain.SubscriptionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads subscriptions and their coming changes. Only licences the tenant still feeds count: the
 * subscriptions of a licence removed from its tenant, excluded or left by a deleted portal are no
 * longer read, so their dates would mislead.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LifecycleReader implements LifecycleService {

    private static final Comparator<LifecycleChange> BY_DATE = Comparator.comparing(LifecycleChange::at)
            .thenComparing(LifecycleChange::title)
            .thenComparing(LifecycleChange::subscriptionId);

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LifecycleSettings settings;

    @Inject
    AlertListeners alerts;

    @Override
    public List<LifecycleChange> comingChanges(Duration within) {
        return comingChanges(Optional.empty(), within);
    }

    @Override
    public List<LifecycleChange> comingChanges() {
        return comingChanges(settings.alertWindow());
    }

    @Override
    public Duration alertWindow() {
        return settings.alertWindow();
    }

    /** The coming changes of one portal's licences. */
    List<LifecycleChange> comingChanges(Optional<Long> portalId, Duration within) {
        Instant now = clock.instant();
        TypedQuery<SubscriptionEntity> query = em.createQuery(
                "select s from Subscription s join fetch s.licence l where l.sync.status = :synchronised"
                        + " and s.nextLifecycleAt >= :now and s.nextLifecycleAt <= :until"
                        + portalId.map(id -> " and l.portal.id = :portal").orElse(""),
                SubscriptionEntity.class);
        query.setParameter("synchronised", SyncStatus.SYNCHRONISED)
                .setParameter("now", now)
                .setParameter("until", now.plus(within));
        portalId.ifPresent(id -> query.setParameter("portal", id));
        return query.getResultStream()
                .filter(s -> s.nextEvent() != null)
                .map(LifecycleReader::change)
                .sorted(BY_DATE)
                .toList();
    }

    @Override
    public List<Subscription> subscriptions(long licenceId) {
        if (em.find(LicenceEntity.class, licenceId) == null) {
            throw new NotFoundException("There is no licence with id " + licenceId + ".");
        }
        return em.createQuery(
                        "select s from Subscription s where s.licence.id = :licence order by s.subscriptionId",
                        SubscriptionEntity.class)
                .setParameter("licence", licenceId)
                .getResultStream()
                .map(SubscriptionEntity::view)
                .toList();
    }

    @Override
    public void addAlertListener(LifecycleAlertListener listener) {
        alerts.add(listener);
    }

    @Override
    public void removeAlertListener(LifecycleAlertListener listener) {
        alerts.remove(listener);
    }

    private static LifecycleChange change(SubscriptionEntity subscription) {
        LicenceEntity licence = subscription.licence();
        return new LifecycleChange(
                licence.id(),
                licence.portal() == null ? null : licence.portal().id(),
                licence.skuPartNumber(),
                licence.title(),
                subscription.subscriptionId(),
                subscription.nextEvent(),
                subscription.nextLifecycleAt(),
                subscription.seats());
    }
}
