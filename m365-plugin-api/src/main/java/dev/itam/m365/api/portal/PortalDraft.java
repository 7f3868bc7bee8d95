package dev.itam.m365.api.portal;

import java.util.Set;

/**
 * A portal as an admin enters it in the wizard or the edit tabs.
 *
 * @param credential on update, {@code null} keeps the stored credential unchanged, so an admin
 *                   editing the description does not have to type the secret again
 * @param excludedSkuIds SKU ids (GUIDs) that the import skips
 */
public record PortalDraft(
        String name,
        String description,
        String tenantId,
        String clientId,
        NationalCloud cloud,
        CredentialDraft credential,
        Set<String> excludedSkuIds) {}
