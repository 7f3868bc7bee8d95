package dev.itam.m365.portal.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /**
     * Keeps when the portal's last import succeeded, what it could not read (null: it read everything)
     * and whether it read the users' sign-ins, in the import's transaction. Written apart from the
     * portal's version, so an import never makes an admin's concurrent edit fail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteImport(long id, String notice, SignInActivity signIns, Instant importedAt) {
        em.createNativeQuery(
                        "UPDATE M365_PORTAL SET IMPORT_NOTICE = ?, SIGN_IN_ACTIVITY = ?, LAST_IMPORT_AT = ? WHERE ID = ?")
                .setParameter(1, notice == null || notice.length() <= 1000 ? notice : notice.substring(0, 1000))
                .setParameter(2, signIns.name())
                .setParameter(3, Timestamp.from(importedAt))
                .setParameter(4, id)
                .executeUpdate();
    }

    /** The threshold last warned of for the portal's credential expiring at {@code expiresAt}, if any. */
    public Optional<Integer> credentialWarnedAt(long id, Instant expiresAt) {
        List<?> days = em.createNativeQuery("SELECT CREDENTIAL_WARNED_DAYS FROM M365_PORTAL WHERE ID = ?"
                        + " AND CREDENTIAL_WARNED_FOR = ? AND CREDENTIAL_WARNED_DAYS IS NOT NULL")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(expiresAt))
                .getResultList();
        return days.stream().findFirst().map(d -> ((Number) d).intValue());
    }

    /**
     * Keeps that the credential expiring at {@code expiresAt} was warned of at {@code threshold} days;
     * a credential with another expiry (a new secret) starts again from the largest threshold.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteCredentialWarning(long id, Instant expiresAt, int threshold) {
        em.createNativeQuery(
                        "UPDATE M365_PORTAL SET CREDENTIAL_WARNED_FOR = ?, CREDENTIAL_WARNED_DAYS = ? WHERE ID = ?")
                .setParameter(1, Timestamp.from(expiresAt))
                .setParameter(2, threshold)
                .setParameter(3, id)
                .executeUpdate();
    }

    /**
     * Keeps where Graph's change tracking of the portal's users stands after a full import, in the
     * import's transaction: the users/delta link taken before the users were read (null when Graph
     * gave none) and when that import ran.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteChangeTracking(long id, String deltaLink, Instant fullImportAt) {
        em.createNativeQuery("UPDATE M365_PORTAL SET DELTA_LINK = ?, FULL_IMPORT_AT = ? WHERE ID = ?")
                .setParameter(1, deltaLink)
                .setParameter(2, Timestamp.from(fullImportAt))
                .setParameter(3, id)
                .executeUpdate();
    }

    /** After an incremental import: where the change tracking goes on; the time of the last full import stays. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteDeltaLink(long id, String deltaLink) {
        em.createNativeQuery("UPDATE M365_PORTAL SET DELTA_LINK = ? WHERE ID = ?")
                .setParameter(1, deltaLink)
                .setParameter(2, id)
                .executeUpdate();
    }

    /**
     * The portal's delta link when its last full import ran after {@code fullSince}: an import may
     * then read only the changes.
     */
    public Optional<String> deltaLinkOfFullImportSince(long id, Instant fullSince) {
        List<?> links = em.createNativeQuery(
                        "SELECT DELTA_LINK FROM M365_PORTAL WHERE ID = ? AND DELTA_LINK IS NOT NULL AND FULL_IMPORT_AT > ?")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(fullSince))
                .getResultList();
        return links.stream().findFirst().map(Object::toString);
    }

    /** Drops the portal's delta link: what it tracks may no longer be what the portal imports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetChangeTracking(long id) {
        em.createNativeQuery("UPDATE M365_PORTAL SET DELTA_LINK = NULL WHERE ID = ?")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** Every portal's id, in the order of their names. */
    public List<Long> ids() {
        return em.createQuery("select p.id from Portal p order by p.name.key", Long.class)
                .getResultList();
    }
}
