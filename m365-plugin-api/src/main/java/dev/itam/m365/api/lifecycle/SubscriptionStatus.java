package dev.itam.m365.api.lifecycle;

import java.util.Locale;

/** A subscription's status as Microsoft Graph reports it; {@link #UNKNOWN} for one this version does not know. */
public enum SubscriptionStatus {
    ENABLED("Enabled"),
    WARNING("Warning"),
    SUSPENDED("Suspended"),
    DELETED("Deleted"),
    LOCKED_OUT("LockedOut"),
    UNKNOWN(null);

    private final String graphName;

    SubscriptionStatus(String graphName) {
        this.graphName = graphName;
    }

    /** The status Graph spelled, case aside. */
    public static SubscriptionStatus ofGraph(String reported) {
        for (SubscriptionStatus status : values()) {
            if (status.graphName != null
                    && reported != null
                    && status.graphName.toLowerCase(Locale.ROOT).equals(reported.toLowerCase(Locale.ROOT))) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
