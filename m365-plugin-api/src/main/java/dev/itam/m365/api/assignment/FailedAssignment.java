package dev.itam.m365.api.assignment;

/**
 * A user's assignment of a licence that failed ({@link AssignmentState#ERROR}: the user does not hold
 * the licence through it) or holds with an error, as the last import read it.
 *
 * @param contactId the plugin's contact of the user
 * @param groupId   the group whose assignment failed; null for a direct assignment
 */
public record FailedAssignment(
        long contactId,
        String displayName,
        String userPrincipalName,
        String groupId,
        AssignmentState state,
        AssignmentError error) {}
