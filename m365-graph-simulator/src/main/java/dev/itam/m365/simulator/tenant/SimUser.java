package dev.itam.m365.simulator.tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user of the tenant. Deleted users stay in the tenant's list as tombstones so that paging
 * offsets stay stable and delta queries can report them as removed.
 */
public final class SimUser {

    /** A licence held by a user: assigned directly ({@code groupId == null}) or inherited from a group. */
    public record Assignment(String skuId, String groupId) {}

    /**
     * One entry of the user's {@code licenseAssignmentStates}: a held assignment ({@link LicenseState#held()})
     * or one that did not apply, such as a group's licence that found no free seat.
     *
     * @param groupId       the group the licence comes through; {@code null} when assigned directly
     * @param disabledPlans service plan ids switched off in this assignment
     * @param lastUpdatedAt when the state last changed
     */
    public record AssignmentState(
            String skuId,
            String groupId,
            LicenseState state,
            LicenseError error,
            List<String> disabledPlans,
            Instant lastUpdatedAt) {

        public AssignmentState {
            Objects.requireNonNull(skuId, "skuId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(lastUpdatedAt, "lastUpdatedAt");
            disabledPlans = List.copyOf(disabledPlans);
            boolean failed = state == LicenseState.ERROR || state == LicenseState.ACTIVE_WITH_ERROR;
            if (state == LicenseState.ACTIVE && error != LicenseError.NONE || failed && error == LicenseError.NONE) {
                throw new IllegalArgumentException(
                        "Active goes with error None, Error and ActiveWithError with an error: " + state + "/" + error);
            }
        }

        /** A licence that applied without error and with every plan on. */
        static AssignmentState active(String skuId, String groupId, Instant at) {
            return new AssignmentState(skuId, groupId, LicenseState.ACTIVE, LicenseError.NONE, List.of(), at);
        }

        AssignmentState with(LicenseState newState, LicenseError newError, Instant at) {
            return new AssignmentState(skuId, groupId, newState, newError, disabledPlans, at);
        }

        AssignmentState withDisabledPlans(List<String> plans, Instant at) {
            return new AssignmentState(skuId, groupId, state, error, plans, at);
        }

        Assignment assignment() {
            return new Assignment(skuId, groupId);
        }
    }

    /** Epoch second of a sign-in that never happened. */
    private static final long NEVER = Long.MIN_VALUE;

    final String id;
    String displayName;
    String givenName;
    String surname;
    String userPrincipalName;
    String mail;
    String department;
    String jobTitle;
    String usageLocation;
    boolean accountEnabled;
    UserType userType = UserType.MEMBER;
    /** Sign-ins and creation as epoch seconds ({@link #NEVER} for none): 200,000 users need no Instants. */
    long createdSecond;

    long lastSignInSecond = NEVER;
    long lastNonInteractiveSignInSecond = NEVER;
    long lastSuccessfulSignInSecond = NEVER;
    /** Held and failed assignments in the order Graph lists them. */
    final List<AssignmentState> states = new ArrayList<>(2);

    long version;
    /** The tenant version the user was added at; 0 for the users a tenant was generated with. */
    long createdVersion;
    /** Graph's name of each property changed since the user was made, with the version of its last change; null for none. */
    private Map<String, Long> changedAt;

    boolean deleted;

    SimUser(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String givenName() {
        return givenName;
    }

    public String surname() {
        return surname;
    }

    public String userPrincipalName() {
        return userPrincipalName;
    }

    public String mail() {
        return mail;
    }

    public String department() {
        return department;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String usageLocation() {
        return usageLocation;
    }

    public boolean accountEnabled() {
        return accountEnabled;
    }

    public UserType userType() {
        return userType;
    }

    /** Graph's {@code createdDateTime}. */
    public Instant createdAt() {
        return Instant.ofEpochSecond(createdSecond);
    }

    /** The last interactive sign-in attempt, successful or not; {@code null} when there was none. */
    public Instant lastSignInAt() {
        return instant(lastSignInSecond);
    }

    /** The last non-interactive sign-in attempt (a client on the user's behalf); {@code null} when none. */
    public Instant lastNonInteractiveSignInAt() {
        return instant(lastNonInteractiveSignInSecond);
    }

    /** The last successful sign-in of either kind; {@code null} when none (or only before December 2023). */
    public Instant lastSuccessfulSignInAt() {
        return instant(lastSuccessfulSignInSecond);
    }

    /** True when the user never attempted a sign-in of either kind. */
    public boolean neverSignedIn() {
        return lastSignInSecond == NEVER && lastNonInteractiveSignInSecond == NEVER;
    }

    private static Instant instant(long second) {
        return second == NEVER ? null : Instant.ofEpochSecond(second);
    }

    static long second(Instant instant) {
        return instant == null ? NEVER : instant.getEpochSecond();
    }

    /** The licences the user holds, as {@code assignedLicenses} and {@code consumedUnits} count them. */
    public List<Assignment> assignments() {
        List<Assignment> held = new ArrayList<>(states.size());
        for (AssignmentState state : states) {
            if (state.state().held()) {
                held.add(state.assignment());
            }
        }
        return held;
    }

    /** Every {@code licenseAssignmentStates} entry, held ones and failed ones, as Graph lists them. */
    public List<AssignmentState> assignmentStates() {
        return List.copyOf(states);
    }

    public boolean deleted() {
        return deleted;
    }

    /** The tenant version of this user's last change; delta queries compare against it. */
    public long version() {
        return version;
    }

    /** Stamps a change of the given properties (Graph's names) with the tenant's version. */
    void changed(long tenantVersion, String... properties) {
        version = tenantVersion;
        if (changedAt == null) {
            changedAt = new HashMap<>(4);
        }
        for (String property : properties) {
            changedAt.put(property, tenantVersion);
        }
    }

    /** Whether the user was added after the tenant's version {@code since}. */
    public boolean createdAfter(long since) {
        return createdVersion > since;
    }

    /** Whether the property changed after the tenant's version {@code since}. */
    public boolean changedAfter(String property, long since) {
        Long at = changedAt == null ? null : changedAt.get(property);
        return at != null && at > since;
    }

    /** An unchanging copy to render outside the tenant's lock. */
    public SimUser snapshot() {
        SimUser copy = new SimUser(id);
        copy.displayName = displayName;
        copy.givenName = givenName;
        copy.surname = surname;
        copy.userPrincipalName = userPrincipalName;
        copy.mail = mail;
        copy.department = department;
        copy.jobTitle = jobTitle;
        copy.usageLocation = usageLocation;
        copy.accountEnabled = accountEnabled;
        copy.userType = userType;
        copy.createdSecond = createdSecond;
        copy.lastSignInSecond = lastSignInSecond;
        copy.lastNonInteractiveSignInSecond = lastNonInteractiveSignInSecond;
        copy.lastSuccessfulSignInSecond = lastSuccessfulSignInSecond;
        copy.states.addAll(states);
        copy.version = version;
        copy.createdVersion = createdVersion;
        copy.changedAt = changedAt == null ? null : new HashMap<>(changedAt);
        copy.deleted = deleted;
        return copy;
    }

    boolean holds(String skuId) {
        for (AssignmentState state : states) {
            if (state.state().held() && state.skuId().equals(skuId)) {
                return true;
            }
        }
        return false;
    }
}
