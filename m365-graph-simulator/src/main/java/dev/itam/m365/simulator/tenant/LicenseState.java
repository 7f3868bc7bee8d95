package dev.itam.m365.simulator.tenant;

/**
 * The {@code state} of a {@code licenseAssignmentState}. Microsoft documents the four values but not
 * which of them leave the licence with the user; the simulator takes {@code Active} and
 * {@code ActiveWithError} as held (in {@code assignedLicenses}, counted in {@code consumedUnits}) and
 * {@code Error} and {@code Disabled} as not held, the user did not get the licence.
 */
public enum LicenseState {
    ACTIVE("Active", true),
    ACTIVE_WITH_ERROR("ActiveWithError", true),
    DISABLED("Disabled", false),
    ERROR("Error", false);

    private final String graphName;
    private final boolean held;

    LicenseState(String graphName, boolean held) {
        this.graphName = graphName;
        this.held = held;
    }

    public String graphName() {
        return graphName;
    }

    /** True when the user has the licence in this state. */
    public boolean held() {
        return held;
    }
}
