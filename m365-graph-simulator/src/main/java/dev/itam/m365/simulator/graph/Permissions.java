package dev.itam.m365.simulator.graph;

import dev.itam.m365.simulator.fault.Endpoint;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * The application permissions of which Graph wants any one per endpoint, from Microsoft's
 * permission tables of each API; without one it answers 403 {@code Authorization_RequestDenied}.
 */
final class Permissions {

    private static final String AUDIT_LOG = "AuditLog.Read.All";
    private static final Set<String> USERS =
            Set.of("User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All");
    private static final Map<Endpoint, Set<String>> ANY_OF = Map.of(
            Endpoint.SUBSCRIBED_SKUS,
            Set.of(
                    "LicenseAssignment.Read.All",
                    "Organization.Read.All",
                    "Organization.ReadWrite.All",
                    "Directory.Read.All",
                    "Directory.ReadWrite.All"),
            Endpoint.SUBSCRIPTIONS,
            Set.of("Organization.Read.All", "Organization.ReadWrite.All", "Directory.Read.All"),
            Endpoint.USERS,
            USERS,
            Endpoint.USERS_DELTA,
            USERS);

    private Permissions() {}

    /**
     * Reading users' {@code signInActivity} takes AuditLog.Read.All besides a users permission
     * (Microsoft's user resource and "How to detect and investigate inactive user accounts"); no
     * Directory or User permission stands in for it. Microsoft does not document the answer without
     * it; the service's, as reported in microsoftgraph/microsoft-graph-explorer-v4#2731 and
     * microsoft-graph-docs-contrib#8997, is 403 {@code Authentication_MSGraphPermissionMissing}.
     */
    static void checkSignInActivity(Set<String> roles) throws GraphError {
        if (!roles.contains(AUDIT_LOG)) {
            throw new GraphError(
                    403,
                    "Authentication_MSGraphPermissionMissing",
                    "Calling principal does not have required MSGraph permissions " + AUDIT_LOG);
        }
    }

    static void check(Endpoint endpoint, Set<String> roles) throws GraphError {
        if (Collections.disjoint(ANY_OF.get(endpoint), roles)) {
            throw new GraphError(
                    403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }
    }
}
