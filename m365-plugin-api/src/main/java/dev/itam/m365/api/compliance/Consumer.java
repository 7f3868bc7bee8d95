package dev.itam.m365.api.compliance;

/** A contact consuming a licence, as the compliance view lists it. */
public record Consumer(long contactId, String entraObjectId, String displayName, String userPrincipalName,
        String mail, String department, boolean accountEnabled, String assignedVia) {
}
