package dev.itam.m365.api.licensing;

/**
 * A product of licence management.
 *
 * @param syncProblem why it cannot be synchronised, or null
 */
public record Product(
        long id,
        String name,
        long folderId,
        String folderPath,
        ProductOrigin origin,
        ConsumerType consumerType,
        Long licenceId,
        SyncStatus syncStatus,
        SyncProblem syncProblem) {}
