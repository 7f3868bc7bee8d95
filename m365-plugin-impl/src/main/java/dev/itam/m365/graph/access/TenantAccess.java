package dev.itam.m365.graph.access;

import dev.itam.m365.api.portal.NationalCloud;
import java.util.Optional;

/**
 * Everything needed to sign in to one tenant as one app.
 *
 * @param cacheKey identifies a stored portal's credential version, so its MSAL client and token
 *                 can be reused; empty for connection data not saved yet
 */
public record TenantAccess(
        String tenantId,
        String clientId,
        NationalCloud cloud,
        SignInCredential credential,
        Optional<String> cacheKey) {}
