package dev.itam.m365.api.portal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A stored portal as host code and admins see it: everything but secrets.
 *
 * @param importNotice what its last import could not read (e.g. subscriptions, for lack of a
 *                     permission) though the import succeeded; null when it read everything
 * @param signInActivity whether its last import could read the users' sign-ins, and if not why;
 *                       null before its first import
 * @param lastImportAt   when an import of it last succeeded; null before the first
 * @param stale          whether no import succeeded for more than twice the import interval
 * @param warnings       what an admin should act on: the credential's expiry, stale data
 */
public record Portal(
        long id,
        String name,
        String description,
        String tenantId,
        String clientId,
        NationalCloud cloud,
        CredentialSummary credential,
        Set<String> excludedSkuIds,
        Instant createdAt,
        Instant updatedAt,
        String importNotice,
        SignInActivity signInActivity,
        Instant lastImportAt,
        boolean stale,
        List<PortalWarning> warnings) {

    public Portal {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A portal without import facts or warnings, as hosts built it before. */
    public Portal(
            long id,
            String name,
            String description,
            String tenantId,
            String clientId,
            NationalCloud cloud,
            CredentialSummary credential,
            Set<String> excludedSkuIds,
            Instant createdAt,
            Instant updatedAt,
            String importNotice,
            SignInActivity signInActivity) {
        this(
                id,
                name,
                description,
                tenantId,
                clientId,
                cloud,
                credential,
                excludedSkuIds,
                createdAt,
                updatedAt,
                importNotice,
                signInActivity,
                null,
                false,
                List.of());
    }
}
