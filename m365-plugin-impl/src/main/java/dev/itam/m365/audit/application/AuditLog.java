package dev.itam.m365.audit.application;

import dev.itam.m365.api.audit.AuditEntry;
import dev.itam.m365.api.audit.AuditFilter;
import dev.itam.m365.api.audit.AuditService;
import dev.itam.m365.audit.domain.Actor;
import dev.itam.m365.audit.domain.AuditEntryEntity;
import dev.itam.m365.audit.domain.Audited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each {@link Audited} action in the transaction that makes it (a call outside one is a bug
 * and fails the action) and reads the log. Who acted: the host during a host call, else the signed-in
 * user, else, with no caller at all, the plugin's schedule.
 */
@ApplicationScoped
public class AuditLog implements AuditService {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Transactional(TxType.MANDATORY)
    public void record(@Observes Audited action) {
        em.persist(new AuditEntryEntity(action, actor(action), clock.instant()));
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public List<AuditEntry> entries(AuditFilter filter, int first, int max) {
        return query("select e", filter, " order by e.actedAt desc, e.id desc", AuditEntryEntity.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(AuditEntryEntity::view)
                .toList();
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public int count(AuditFilter filter) {
        return Math.toIntExact(query("select count(e)", filter, "", Long.class).getSingleResult());
    }

    private Actor actor(Audited action) {
        if (action.scheduled()) {
            return Actor.SCHEDULER;
        }
        if (HostCalls.active()) {
            return Actor.HOST;
        }
        Principal caller = security.getCallerPrincipal();
        return caller == null ? Actor.SCHEDULER : Actor.user(caller.getName());
    }

    private <T> TypedQuery<T> query(String select, AuditFilter filter, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add("e.actedAt >= :from");
        }
        if (filter.to() != null) {
            conditions.add("e.actedAt < :to");
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query = em.createQuery(select + " from AuditEntry e" + where + order, type);
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        return query;
    }
}
