package dev.itam.m365.licensing.application;

import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Keeps imported items consistent when their portal changes. */
@ApplicationScoped
public class ImportedItems {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    /**
     * Keeps everything a portal imported (M-4) but cuts it loose from the portal and marks it as no
     * longer synchronised, so licence management still counts it and an admin can decide its fate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseFromDeletedPortal(PortalEntity portal) {
        em.createQuery("update Product p set p.sync.status = :status, p.sync.problem = :problem"
                        + " where p.licence in (select l from Licence l where l.portal = :portal)")
                .setParameter("status", SyncStatus.CANNOT_BE_SYNCHRONISED)
                .setParameter("problem", SyncProblem.PORTAL_DELETED)
                .setParameter("portal", portal)
                .executeUpdate();
        for (String entity : new String[] {"Licence", "Contact"}) {
            em.createQuery("update " + entity + " e set e.portal = null, e.sync.status = :status,"
                            + " e.sync.problem = :problem where e.portal = :portal")
                    .setParameter("status", SyncStatus.CANNOT_BE_SYNCHRONISED)
                    .setParameter("problem", SyncProblem.PORTAL_DELETED)
                    .setParameter("portal", portal)
                    .executeUpdate();
        }
    }
}
