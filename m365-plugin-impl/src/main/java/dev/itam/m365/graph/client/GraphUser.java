package dev.itam.m365.graph.client;

import dev.itam.m365.api.assignment.AssignmentError;
import dev.itam.m365.api.assignment.AssignmentState;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A user with the properties the import selects, as Graph documents them; unknown properties are
 * ignored. Dates, states and errors stay Graph's text until asked for, so a value this version cannot
 * read is taken as unknown (a date as none, a state as {@link AssignmentState#UNKNOWN}, an error as
 * {@link AssignmentError#OTHER}) instead of failing the import.
 *
 * @param userType       {@code Member} or {@code Guest}
 * @param signInActivity null when not selected, when the user never signed in, or in a tenant
 *                       without sign-in data
 * @param removed        only in a delta round, for a user who is gone
 */
public record GraphUser(
        String id,
        String displayName,
        String userPrincipalName,
        String mail,
        Boolean accountEnabled,
        String department,
        String userType,
        String createdDateTime,
        SignIns signInActivity,
        List<AssignedLicense> assignedLicenses,
        List<LicenseAssignmentState> licenseAssignmentStates,
        @JsonbProperty("@removed") Removed removed) {

    /** The properties the import asks Graph for when the app may not read sign-ins. */
    public static final String SELECT = "id,displayName,userPrincipalName,mail,accountEnabled,department,"
            + "userType,createdDateTime,assignedLicenses,licenseAssignmentStates";

    /** The properties the import asks Graph for first: with sign-in activity (AuditLog.Read.All, Entra ID P1/P2). */
    public static final String SELECT_WITH_SIGN_INS = SELECT + ",signInActivity";

    /** In a delta round: the user was deleted, or left the tracked set ({@code reason} "changed" or "deleted"). */
    public record Removed(String reason) {}

    /** Whether a delta round reports the user gone. */
    public boolean isRemoved() {
        return removed != null;
    }

    /**
     * A licence on the user; {@code disabledPlans} are the service plan ids turned off for it (read,
     * not stored yet: the reclaim list compares the licences' plans, not the user's).
     */
    public record AssignedLicense(String skuId, List<String> disabledPlans) {}

    /**
     * One assignment of a licence: directly ({@code assignedByGroup} null) or through a group, with its
     * state and error ({@code None} or null when it did not fail).
     */
    public record LicenseAssignmentState(
            String skuId, String assignedByGroup, String state, String error, List<String> disabledPlans) {

        public AssignmentState assignmentState() {
            return AssignmentState.ofGraph(state);
        }

        /** Null when the assignment did not fail. */
        public AssignmentError assignmentError() {
            return AssignmentError.ofGraph(error);
        }

        /** The group id in lower case, null for a direct assignment. */
        public String groupId() {
            return assignedByGroup == null || assignedByGroup.isBlank()
                    ? null
                    : assignedByGroup.strip().toLowerCase(Locale.ROOT);
        }

        boolean of(String skuId) {
            return skuId.equalsIgnoreCase(this.skuId);
        }
    }

    /** The user's last sign-ins ({@code signInActivity}); each may be null. */
    public record SignIns(
            String lastSignInDateTime, String lastNonInteractiveSignInDateTime, String lastSuccessfulSignInDateTime) {}

    public List<AssignedLicense> licences() {
        return assignedLicenses == null ? List.of() : assignedLicenses;
    }

    /**
     * The group the user holds the SKU through when every assignment that gives it comes through a
     * group: the first by id when several do. Null when it is assigned directly, which wins over
     * groups, and when Graph gave no state for it. An assignment in state Error gives nothing, so a
     * failed direct assignment beside a group's leaves the group; only when every state failed
     * (Graph then should not list the licence at all) are they all taken as they are. Loops rather
     * than streams: the staging asks it for every licence of every user.
     */
    public String holdingGroup(String skuId) {
        if (licenseAssignmentStates == null) {
            return null;
        }
        boolean anyGiving = false;
        for (LicenseAssignmentState state : licenseAssignmentStates) {
            if (isOf(state, skuId) && state.assignmentState() != AssignmentState.ERROR) {
                anyGiving = true;
                break;
            }
        }
        String first = null;
        for (LicenseAssignmentState state : licenseAssignmentStates) {
            if (!isOf(state, skuId) || (anyGiving && state.assignmentState() == AssignmentState.ERROR)) {
                continue;
            }
            String groupId = state.groupId();
            if (groupId == null) {
                return null;
            }
            if (first == null || groupId.compareTo(first) < 0) {
                first = groupId;
            }
        }
        return first;
    }

    /** The assignments that failed or hold with an error (their error is neither None nor null). */
    public List<LicenseAssignmentState> failedStates() {
        if (licenseAssignmentStates == null) {
            return List.of();
        }
        List<LicenseAssignmentState> failed = new ArrayList<>(1);
        for (LicenseAssignmentState state : licenseAssignmentStates) {
            if (state != null && state.skuId() != null && state.assignmentError() != null) {
                failed.add(state);
            }
        }
        return Collections.unmodifiableList(failed);
    }

    private static boolean isOf(LicenseAssignmentState state, String skuId) {
        return state != null && state.skuId() != null && state.of(skuId);
    }

    /**
     * The user's dates, Graph's texts parsed on each call: the staging calls it once per user, so
     * each date is parsed once, while the record keeps what Graph wrote.
     */
    public Dates dates() {
        return signInActivity == null
                ? new Dates(GraphInstant.parse(createdDateTime), null, null, null)
                : new Dates(
                        GraphInstant.parse(createdDateTime),
                        GraphInstant.parse(signInActivity.lastSignInDateTime()),
                        GraphInstant.parse(signInActivity.lastNonInteractiveSignInDateTime()),
                        GraphInstant.parse(signInActivity.lastSuccessfulSignInDateTime()));
    }

    /** A user's dates as instants; each null when Graph gave none or one this version cannot read. */
    public record Dates(
            Instant createdAt,
            Instant lastSignInAt,
            Instant lastNonInteractiveSignInAt,
            Instant lastSuccessfulSignInAt) {

        /** The later of the interactive and non-interactive sign-in, null when neither is known: what activity is measured by. */
        public Instant lastActiveAt() {
            if (lastSignInAt == null) {
                return lastNonInteractiveSignInAt;
            }
            return lastNonInteractiveSignInAt == null || lastSignInAt.isAfter(lastNonInteractiveSignInAt)
                    ? lastSignInAt
                    : lastNonInteractiveSignInAt;
        }
    }
}
