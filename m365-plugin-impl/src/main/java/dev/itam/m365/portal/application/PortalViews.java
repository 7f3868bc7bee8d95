package dev.itam.m365.portal.application;

import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.portal.domain.PortalEntity;
import java.util.Set;
import java.util.TreeSet;

/** Turns the stored portal into the secret-free view host code and admins get. */
final class PortalViews {

    private PortalViews() {}

    static Portal of(PortalEntity entity) {
        return new Portal(
                entity.id(),
                entity.name().value(),
                entity.description(),
                entity.connection().tenantId(),
                entity.connection().clientId(),
                entity.connection().cloud(),
                entity.credential().summary(),
                Set.copyOf(new TreeSet<>(entity.excludedSkuIds())),
                entity.createdAt(),
                entity.updatedAt(),
                entity.importNotice(),
                entity.signInActivity());
    }
}
