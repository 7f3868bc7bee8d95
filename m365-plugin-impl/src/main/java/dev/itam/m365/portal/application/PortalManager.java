package dev.itam.m365.portal.application;

import dev.itam.m365.api.ConflictException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.audit.AuditAction;
import dev.itam.m365.api.portal.CredentialExpiryListener;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalDraft;
import dev.itam.m365.api.portal.PortalService;
import dev.itam.m365.audit.domain.Audited;
import dev.itam.m365.audit.domain.ChangedFields;
import dev.itam.m365.persistence.ReportsConcurrentChanges;
import dev.itam.m365.portal.domain.PortalDeleting;
import dev.itam.m365.portal.domain.PortalEntity;
import dev.itam.m365.portal.domain.PortalName;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Stores portals after {@link PortalRules} accepted them; one transaction per call. */
@ApplicationScoped
@ReportsConcurrentChanges
@Transactional
public class PortalManager implements PortalService {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    PortalRepository repository;

    @Inject
    Clock clock;

    @Inject
    CredentialSealer sealer;

    @Inject
    Event<PortalDeleting> deleting;

    @Inject
    Event<Audited> audited;

    private static final String NAME_CONSTRAINT = "UQ_M365_PORTAL_NAME";

    private PortalRules rules;

    @Inject
    PortalViews views;

    @Inject
    CredentialWatch watch;

    @PostConstruct
    void init() {
        rules = new PortalRules(clock);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Portal> list() {
        return em.createQuery("select p from Portal p order by p.name.key", PortalEntity.class)
                .getResultStream()
                .map(views::of)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Portal get(long id) {
        return views.of(repository.require(id));
    }

    @Override
    public Portal create(PortalDraft draft) {
        CheckedDraft checked = rules.check(draft, Optional.empty());
        ensureNameFree(checked.name(), null);
        PortalEntity portal = new PortalEntity(
                checked.name(),
                checked.description(),
                checked.connection(),
                sealer.seal(checked.credential(), null),
                checked.excludedSkuIds(),
                clock.instant());
        em.persist(portal);
        flushGuardingName(checked.name());
        audited.fire(Audited.of(
                AuditAction.PORTAL_CREATED, portal.id(), checked.name().value()));
        return views.of(portal);
    }

    @Override
    public Portal update(long id, PortalDraft draft) {
        PortalEntity portal = repository.require(id);
        CheckedDraft checked = rules.check(draft, Optional.of(portal.credential()));
        ensureNameFree(checked.name(), portal.id());
        ChangedFields changed = portal.revise(
                checked.name(),
                checked.description(),
                checked.connection(),
                sealer.seal(checked.credential(), portal.credential()),
                checked.excludedSkuIds(),
                clock.instant());
        flushGuardingName(checked.name());
        repository.forgetChangeTracking(id);
        audited.fire(Audited.of(AuditAction.PORTAL_CHANGED, id, checked.name().value())
                .changing(changed));
        return views.of(portal);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void addCredentialExpiryListener(CredentialExpiryListener listener) {
        watch.add(listener);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void removeCredentialExpiryListener(CredentialExpiryListener listener) {
        watch.remove(listener);
    }

    @Override
    public void delete(long id) {
        PortalEntity portal = repository.require(id);
        deleting.fire(new PortalDeleting(portal));
        audited.fire(Audited.of(AuditAction.PORTAL_DELETED, id, portal.name().value()));
        em.remove(portal);
    }

    private void ensureNameFree(PortalName name, Long ownId) {
        boolean taken =
                em.createQuery("select count(p) from Portal p where p.name.key = :key and p.id <> :id", Long.class)
                                .setParameter("key", name.key())
                                .setParameter("id", ownId == null ? -1L : ownId)
                                .getSingleResult()
                        > 0;
        if (taken) {
            throw nameTaken(name);
        }
    }

    /** A concurrent save of the same name passes the check above; the unique constraint stops it here. */
    private void flushGuardingName(PortalName name) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (mentions(e, NAME_CONSTRAINT)) {
                throw nameTaken(name);
            }
            throw e;
        }
    }

    private static boolean mentions(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toUpperCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static ConflictException nameTaken(PortalName name) {
        return new ConflictException(List.of(Violation.coded(
                "name",
                "portal.name.taken",
                "A portal named '" + name.value()
                        + "' already exists (names are compared without regard to case). Choose another name.",
                name.value())));
    }
}
