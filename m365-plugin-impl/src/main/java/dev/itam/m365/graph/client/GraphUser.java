package dev.itam.m365.graph.client;

import dev.itam.m365.api.assignment.AssignmentError;
import dev.itam.m365.api.assignment.AssignmentState;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

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

    /**
     * Dates outside these are taken as none: Graph's zero date (year 1) means "never", and MariaDB
     * stores years 1000 to 9999 only.
     */
    private static final Instant EARLIEST = Instant.EPOCH;

    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

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

    public List<LicenseAssignmentState> assignmentStates() {
        return licenseAssignmentStates == null
                ? List.of()
                : licenseAssignmentStates.stream()
                        .filter(s -> s != null && s.skuId() != null)
                        .toList();
    }

    /**
     * The group the user holds the SKU through when every assignment that gives it comes through a
     * group: the first by id when several do. Null when it is assigned directly, which wins over
     * groups, and when Graph gave no state for it. An assignment in state Error gives nothing, so a
     * failed direct assignment beside a group's leaves the group; only when every state failed
     * (Graph then should not list the licence at all) are they all taken as they are.
     */
    public String holdingGroup(String skuId) {
        List<LicenseAssignmentState> states =
                assignmentStates().stream().filter(s -> s.of(skuId)).toList();
        List<LicenseAssignmentState> giving = states.stream()
                .filter(s -> s.assignmentState() != AssignmentState.ERROR)
                .toList();
        List<LicenseAssignmentState> considered = giving.isEmpty() ? states : giving;
        if (considered.isEmpty() || considered.stream().anyMatch(s -> s.groupId() == null)) {
            return null;
        }
        return considered.stream()
                .map(LicenseAssignmentState::groupId)
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The assignments that failed or hold with an error (their error is neither None nor null). */
    public List<LicenseAssignmentState> failedStates() {
        return assignmentStates().stream()
                .filter(s -> s.assignmentError() != null)
                .toList();
    }

    public Instant createdAt() {
        return instant(createdDateTime);
    }

    public Instant lastSignInAt() {
        return signInActivity == null ? null : instant(signInActivity.lastSignInDateTime());
    }

    public Instant lastNonInteractiveSignInAt() {
        return signInActivity == null ? null : instant(signInActivity.lastNonInteractiveSignInDateTime());
    }

    public Instant lastSuccessfulSignInAt() {
        return signInActivity == null ? null : instant(signInActivity.lastSuccessfulSignInDateTime());
    }

    /** The later of the interactive and non-interactive sign-in, null when neither is known: what activity is measured by. */
    public Instant lastActiveAt() {
        return Stream.of(lastSignInAt(), lastNonInteractiveSignInAt())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text.strip()).toInstant();
            return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? null : instant;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
