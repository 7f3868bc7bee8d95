package dev.itam.m365.api.changes;

/**
 * One change a run applied.
 *
 * @param objectId          the user's Entra object id; null for a change of a licence alone
 * @param displayName       the user's name then; null for a change of a licence alone
 * @param licenceId         the licence concerned; null for a change of a user alone
 * @param skuPartNumber     the licence's part number; null with {@code licenceId}
 * @param before            the value before (a department, a seat count, a lifecycle); null when none
 * @param after             the value after; null when none
 */
public record Change(
        long runId,
        Long portalId,
        ChangeKind kind,
        String objectId,
        String displayName,
        String userPrincipalName,
        Long licenceId,
        String skuPartNumber,
        String before,
        String after) {}
