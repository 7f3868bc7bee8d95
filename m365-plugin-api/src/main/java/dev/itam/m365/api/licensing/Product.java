package dev.itam.m365.api.licensing;

/**
 * A product of licence management.
 *
 * @param origin      IMPORTED (read-only but for its folder) or MANUAL
 * @param syncStatus  SYNCHRONISED or CANNOT_BE_SYNCHRONISED
 * @param syncProblem why it cannot be synchronised, or null
 */
public record Product(long id, String name, long folderId, String folderPath, String origin, String consumerType,
        Long licenceId, String syncStatus, String syncProblem) {
}
