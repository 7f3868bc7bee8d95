package dev.itam.m365.licensing.application;

import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.portal.domain.PortalDeleting;
import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Keeps imported items consistent when their portal changes. */
@ApplicationScoped
public class ImportedItems {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    /**
     * Keeps everything a portal imported (M-4) but cuts it loose from the portal and marks it as no
     * longer synchronised, so licence management still counts it and an admin can decide its fate.
     * Products go first: they find their portal through their licence.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void releaseFromDeletedPortal(@Observes PortalDeleting deleting) {
        PortalEntity portal = deleting.portal();
        String unsynchronised = "e.sync.status = :status, e.sync.problem = :problem";
        for (String update : List.of(
                "update Product e set " + unsynchronised
                        + " where e.licence in (select l from Licence l where l.portal = :portal)",
                "update Licence e set e.portal = null, " + unsynchronised + " where e.portal = :portal",
                "update Contact e set e.portal = null, " + unsynchronised + " where e.portal = :portal")) {
            em.createQuery(update)
                    .setParameter("status", SyncStatus.CANNOT_BE_SYNCHRONISED)
                    .setParameter("problem", SyncProblem.PORTAL_DELETED)
                    .setParameter("portal", portal)
                    .executeUpdate();
        }
    }
}
