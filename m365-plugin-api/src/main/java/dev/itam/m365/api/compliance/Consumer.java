package dev.itam.m365.api.compliance;

import dev.itam.m365.api.licensing.AssignmentSource;

/**
 * A contact consuming a licence, as the compliance view lists it.
 *
 * @param hostContactId the host's own contact, when its {@code ContactDirectory} named one
 * @param groupId       the group the licence comes through when {@code assignedVia} is
 *                      {@link AssignmentSource#GROUP} (the first by id, when several give it); null
 *                      for a direct assignment, which wins when the user has both
 */
public record Consumer(
        long contactId,
        String entraObjectId,
        String displayName,
        String userPrincipalName,
        String mail,
        String department,
        boolean accountEnabled,
        AssignmentSource assignedVia,
        String hostContactId,
        String groupId) {}
