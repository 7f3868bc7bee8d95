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

    static void check(Endpoint endpoint, Set<String> roles) throws GraphError {
        if (Collections.disjoint(ANY_OF.get(endpoint), roles)) {
            throw new GraphError(
                    403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }
    }
}
