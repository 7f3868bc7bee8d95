package dev.itam.m365.api.portal;

import java.util.List;

/**
 * Manages portals. Every change is validated as a whole and stored all-or-nothing.
 *
 * @throws dev.itam.m365.api.InvalidInputException when a draft breaks a rule (all broken rules are listed)
 * @throws dev.itam.m365.api.ConflictException when the name is already used by another portal
 * @throws dev.itam.m365.api.NotFoundException when no portal has the given id
 */
public interface PortalService {

    /** All portals, ordered by name. */
    List<Portal> list();

    Portal get(long id);

    Portal create(PortalDraft draft);

    Portal update(long id, PortalDraft draft);

    /**
     * Removes the portal. Licences, products and contacts it imported stay in licence management
     * and are marked as no longer synchronised.
     */
    void delete(long id);

    /** Registers a listener for credentials reaching a warning threshold (until removed or undeployed). */
    default void addCredentialExpiryListener(CredentialExpiryListener listener) {
        throw new UnsupportedOperationException("This plugin version does not warn of expiring credentials");
    }

    default void removeCredentialExpiryListener(CredentialExpiryListener listener) {
        throw new UnsupportedOperationException("This plugin version does not warn of expiring credentials");
    }
}
