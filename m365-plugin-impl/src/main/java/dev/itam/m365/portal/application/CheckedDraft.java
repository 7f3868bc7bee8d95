package dev.itam.m365.portal.application;

import dev.itam.m365.portal.domain.PortalName;
import dev.itam.m365.portal.domain.TenantConnection;
import java.util.Set;

/** A portal draft that passed every rule, in the value objects the entity takes. */
record CheckedDraft(
        PortalName name,
        String description,
        TenantConnection connection,
        CredentialInput credential,
        Set<String> excludedSkuIds) {}
