package dev.itam.m365.portal.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Finds stored portals, saying the same thing wherever one is missing. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortalRepository {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    public PortalEntity require(long id) {
        PortalEntity portal = em.find(PortalEntity.class, id);
        if (portal == null) {
            throw new NotFoundException("There is no portal with id " + id + "; it may have been deleted.");
        }
        return portal;
    }

    /** Every portal's id, in the order of their names. */
    public List<Long> ids() {
        return em.createQuery("select p.id from Portal p order by p.name.key", Long.class)
                .getResultList();
    }
}
