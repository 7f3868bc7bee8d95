package dev.itam.m365.simulator.tenant;

/**
 * The {@code error} of a {@code licenseAssignmentState}. Microsoft's resource page says the field is
 * null when the assignment succeeded; the service sends {@code "None"} then, and so does the simulator.
 */
public enum LicenseError {
    NONE("None"),
    COUNT_VIOLATION("CountViolation"),
    MUTUALLY_EXCLUSIVE_VIOLATION("MutuallyExclusiveViolation"),
    DEPENDENCY_VIOLATION("DependencyViolation"),
    PROHIBITED_IN_USAGE_LOCATION_VIOLATION("ProhibitedInUsageLocationViolation"),
    UNIQUENESS_VIOLATION("UniquenessViolation"),
    OTHER("Other");

    private final String graphName;

    LicenseError(String graphName) {
        this.graphName = graphName;
    }

    public String graphName() {
        return graphName;
    }
}
