package dev.itam.m365.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audited action. Nothing secret is ever in it: a changed client secret or certificate shows as
 * the name of its field only.
 *
 * @param actor the signed-in user's name; null for the host and the scheduler
 * @param subjectId the portal's, licence's, contact's or run's id as {@link AuditAction} says; null
 *                  for a price list
 * @param subjectName the subject's name at the time (portal name, licence, user principal name, the
 *                    run's portal), kept after the subject is gone
 * @param changedFields the fields an action changed, by their names in the REST API
 *                      ({@code description}, {@code credential.secretValue}, {@code amount}), in
 *                      alphabetical order; empty when it tells none
 * @param detail what else is worth knowing, such as the price set; null when nothing
 */
public record AuditEntry(
        long id,
        Instant at,
        ActorKind actorKind,
        String actor,
        AuditAction action,
        Long subjectId,
        String subjectName,
        List<String> changedFields,
        String detail) {

    public AuditEntry {
        changedFields = List.copyOf(changedFields);
    }
}
