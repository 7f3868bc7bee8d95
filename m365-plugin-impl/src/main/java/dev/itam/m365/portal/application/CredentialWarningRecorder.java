package dev.itam.m365.portal.application;

import dev.itam.m365.api.portal.CredentialExpiryWarning;
import dev.itam.m365.portal.domain.CredentialExpiry;
import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Records, in a transaction of its own, which warning threshold a portal's credential reached, so each
 * is given once however many imports see it, and again for a new credential with another expiry.
 */
@ApplicationScoped
public class CredentialWarningRecorder {

    @Inject
    PortalRepository portals;

    @Inject
    PortalWarnings warnings;

    @Inject
    Clock clock;

    /** @return the warning to give now, if the credential reached a threshold not warned of before */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<CredentialExpiryWarning> recordNew(long portalId) {
        PortalEntity portal = portals.require(portalId);
        Optional<CredentialExpiry> expiry = portal.credential().expiry();
        if (expiry.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        CredentialExpiry credential = expiry.get();
        OptionalInt reached = credential.thresholdReached(now, warnings.thresholds());
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        int threshold = reached.getAsInt();
        Optional<Integer> warned = portals.credentialWarnedAt(portalId, credential.at());
        if (warned.isPresent() && warned.get() <= threshold) {
            return Optional.empty();
        }
        portals.noteCredentialWarning(portalId, credential.at(), threshold);
        return Optional.of(new CredentialExpiryWarning(
                portalId,
                portal.name().value(),
                credential.type(),
                credential.at(),
                threshold,
                credential.daysLeft(now),
                credential.message(portal.name().value(), now)));
    }
}
