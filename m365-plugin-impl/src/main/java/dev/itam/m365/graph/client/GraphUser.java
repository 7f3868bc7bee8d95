package dev.itam.m365.graph.client;

import java.util.List;

/** A user with the properties the import selects. */
public record GraphUser(
        String id,
        String displayName,
        String userPrincipalName,
        String mail,
        Boolean accountEnabled,
        String department,
        List<AssignedLicense> assignedLicenses,
        List<LicenseAssignmentState> licenseAssignmentStates) {

    /** The properties the import asks Graph for. */
    public static final String SELECT = "id,displayName,userPrincipalName,mail,accountEnabled,department,"
            + "assignedLicenses,licenseAssignmentStates";

    /** A licence on the user. */
    public record AssignedLicense(String skuId) {}

    /** How a licence came to the user: {@code assignedByGroup} is null for a direct assignment. */
    public record LicenseAssignmentState(String skuId, String assignedByGroup) {}

    public List<AssignedLicense> licences() {
        return assignedLicenses == null ? List.of() : assignedLicenses;
    }

    /** True when every assignment of the SKU comes through a group. */
    public boolean onlyThroughGroups(String skuId) {
        if (licenseAssignmentStates == null) {
            return false;
        }
        List<LicenseAssignmentState> states = licenseAssignmentStates.stream()
                .filter(s -> skuId.equalsIgnoreCase(s.skuId()))
                .toList();
        return !states.isEmpty() && states.stream().allMatch(s -> s.assignedByGroup() != null);
    }
}
