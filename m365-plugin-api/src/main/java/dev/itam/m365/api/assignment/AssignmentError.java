package dev.itam.m365.api.assignment;

/**
 * Why a licence assignment failed, as Graph's {@code licenseAssignmentState.error} reports it
 * ({@code None} and null mean it did not fail).
 */
public enum AssignmentError {
    /** The SKU has no seat left: the user waits for one. */
    COUNT_VIOLATION("CountViolation"),
    /** The licence conflicts with another the user holds. */
    MUTUALLY_EXCLUSIVE_VIOLATION("MutuallyExclusiveViolation"),
    /** The licence needs another licence or service plan the user lacks. */
    DEPENDENCY_VIOLATION("DependencyViolation"),
    /** The licence may not be used in the user's usage location (or none is set). */
    PROHIBITED_IN_USAGE_LOCATION_VIOLATION("ProhibitedInUsageLocationViolation"),
    /** A proxy address of the user clashes with another object's. */
    UNIQUENESS_VIOLATION("UniquenessViolation"),
    /** Graph's own catch-all, and any error this version does not know. */
    OTHER("Other");

    private final String graphName;

    AssignmentError(String graphName) {
        this.graphName = graphName;
    }

    /**
     * The error Graph spelled, case aside: null when the assignment did not fail ({@code None}, null
     * or blank), {@link #OTHER} for a word this version does not know, so a new kind never fails an
     * import.
     */
    public static AssignmentError ofGraph(String reported) {
        if (reported == null || reported.isBlank() || reported.strip().equalsIgnoreCase("None")) {
            return null;
        }
        for (AssignmentError error : values()) {
            if (error.graphName.equalsIgnoreCase(reported.strip())) {
                return error;
            }
        }
        return OTHER;
    }

    /** Graph's word for this error, e.g. {@code CountViolation}: the keys of {@code failedAssignments}. */
    public String graphName() {
        return graphName;
    }
}
