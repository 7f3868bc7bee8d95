package dev.itam.m365.simulator.bench;

import dev.itam.m365.simulator.GraphSimulator;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.net.http.HttpClient;

/**
 * How fast one client can page through a large tenant's users with the plugin's query
 * ({@code $select} of the import's properties, {@code $top=999}), parsing every page as it
 * streams in. Prints users per second for a warm-up pass and three measured passes.
 *
 * <p>{@code java -cp m365-graph-simulator/target/m365-graph-simulator.jar
 * dev.itam.m365.simulator.bench.UsersPagingBenchmark [users]}
 */
public final class UsersPagingBenchmark {

    /** The plugin's query: the import's properties with sign-in activity, 500 a page (Graph's limit with it). */
    /** The properties the plugin's import selects, sign-in activity included. */
    public static final String SELECT = "id,displayName,userPrincipalName,mail,accountEnabled,"
            + "department,userType,createdDateTime,assignedLicenses,licenseAssignmentStates,signInActivity";

    /** Graph's largest page when sign-in activity is selected, as the import asks. */
    public static final int TOP = 500;

    public static final String QUERY = "/v1.0/users?$select=" + SELECT + "&$top=" + TOP;

    private UsersPagingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        long generationStart = System.nanoTime();
        try (GraphSimulator simulator = GraphSimulator.start(0)) {
            Tenant tenant = simulator.addTenant(TenantSpec.of(1, users, 20));
            System.out.printf("Generated %,d users in %.1f s%n", users, seconds(generationStart));
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(simulator.tls().clientContext())
                    .build();
            String token = PageWalker.token(http, simulator, tenant);
            PageWalker walker = new PageWalker(http, token);
            for (int pass = 0; pass < 4; pass++) {
                PageWalker.Walk walk = walker.walk(simulator.baseUri() + QUERY);
                System.out.printf(
                        "%s: %,d users in %d pages, %.1f MB, %.2f s -> %,.0f users/s%n",
                        pass == 0 ? "warm-up " : "pass " + pass + "  ",
                        walk.users(),
                        walk.pages(),
                        walk.bytes() / 1e6,
                        walk.seconds(),
                        walk.usersPerSecond());
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
