package dev.itam.m365.simulator.tenant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A user of the tenant. Deleted users stay in the tenant's list as tombstones so that paging
 * offsets stay stable and delta queries can report them as removed.
 */
public final class SimUser {

    /** A licence held by a user: assigned directly ({@code groupId == null}) or inherited from a group. */
    public record Assignment(String skuId, String groupId) {}

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
    final List<Assignment> assignments = new ArrayList<>(2);
    long version;
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

    public List<Assignment> assignments() {
        return Collections.unmodifiableList(assignments);
    }

    public boolean deleted() {
        return deleted;
    }

    /** The tenant version of this user's last change; delta queries compare against it. */
    public long version() {
        return version;
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
        copy.assignments.addAll(assignments);
        copy.version = version;
        copy.deleted = deleted;
        return copy;
    }

    boolean holds(String skuId) {
        return assignments.stream().anyMatch(a -> a.skuId().equals(skuId));
    }
}
