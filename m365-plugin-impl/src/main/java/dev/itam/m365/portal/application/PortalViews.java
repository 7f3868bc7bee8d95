package dev.itam.m365.portal.application;

import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalWarning;
import dev.itam.m365.api.portal.PortalWarningKind;
import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Turns the stored portal into the secret-free view host code and admins get, with what needs their attention now. */
@ApplicationScoped
public class PortalViews {

    @Inject
    Clock clock;

    @Inject
    PortalWarnings warnings;

    public Portal of(PortalEntity entity) {
        Instant now = clock.instant();
        Integer daysLeft =
                entity.credential().expiry().map(expiry -> expiry.daysLeft(now)).orElse(null);
        List<PortalWarning> current = warnings.of(entity, now);
        return new Portal(
                entity.id(),
                entity.name().value(),
                entity.description(),
                entity.connection().tenantId(),
                entity.connection().clientId(),
                entity.connection().cloud(),
                entity.credential().summary().withExpiresInDays(daysLeft),
                Set.copyOf(new TreeSet<>(entity.excludedSkuIds())),
                entity.createdAt(),
                entity.updatedAt(),
                entity.importNotice(),
                entity.signInActivity(),
                entity.lastImportAt(),
                current.stream().anyMatch(warning -> warning.kind() == PortalWarningKind.DATA_STALE),
                current);
    }
}
