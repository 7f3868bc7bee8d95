package dev.itam.m365.api.assignment;

/** The state of one licence assignment as Graph's {@code licenseAssignmentState.state} reports it. */
public enum AssignmentState {
    /** Given and working. */
    ACTIVE("Active"),
    /** Given, but with an error (e.g. a service plan could not be provisioned). */
    ACTIVE_WITH_ERROR("ActiveWithError"),
    /** Given and disabled. */
    DISABLED("Disabled"),
    /** Not given: the user does not hold the licence through this assignment. */
    ERROR("Error"),
    /** A state this version does not know; the import keeps the assignment rather than fail. */
    UNKNOWN(null);

    private final String graphName;

    AssignmentState(String graphName) {
        this.graphName = graphName;
    }

    /** The state Graph spelled, case aside; {@link #UNKNOWN} for another word or none. */
    public static AssignmentState ofGraph(String reported) {
        for (AssignmentState state : values()) {
            if (state.graphName != null && state.graphName.equalsIgnoreCase(reported)) {
                return state;
            }
        }
        return UNKNOWN;
    }

    /** Graph's word for this state; null for {@link #UNKNOWN}. */
    public String graphName() {
        return graphName;
    }
}
