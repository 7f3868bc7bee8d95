package dev.itam.m365.simulator;

import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.SkuCatalogue;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar m365-graph-simulator.jar [--port 8443] [--seed 1] [--users 200] [--skus 12]
 * [--catalogue products.csv] [--truststore sim-truststore.p12] [--truststore-password changeit]
 * [--grow-every PT1M]}. Starts one demo tenant and prints what a client needs to sign in; with
 * {@code --grow-every} one more user gets the tenant's busiest licence at every such interval
 * ({@link DemoGrowth}), so that the demo's trends move.
 */
public final class Main {

    private static final String NAME = "m365-graph-simulator";
    private static final Set<String> OPTIONS =
            Set.of("port", "seed", "users", "skus", "catalogue", "truststore", "truststore-password", "grow-every");

    private Main() {}

    /** Bad options end the process with status 2, a start that fails otherwise with 1; neither leaves the port bound. */
    public static void main(String[] args) throws InterruptedException {
        GraphSimulator simulator;
        try {
            simulator = start(args);
        } catch (IllegalArgumentException e) {
            System.err.println(NAME + ": " + e.getMessage());
            System.err.println("Usage: java -jar " + NAME + ".jar [--port 8443] [--seed 1] [--users 200] [--skus 12]"
                    + " [--catalogue products.csv] [--truststore sim-truststore.p12] [--truststore-password changeit]"
                    + " [--grow-every PT1M]");
            System.exit(2);
            return;
        } catch (IOException e) {
            System.err.println(NAME + " could not start: " + e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /** Every option is checked before the port is bound; whatever fails after that closes the server again. */
    private static GraphSimulator start(String[] args) throws IOException {
        Map<String, String> options = options(args);
        SkuCatalogue catalogue = options.containsKey("catalogue")
                ? SkuCatalogue.fromCsv(Path.of(options.get("catalogue")))
                : SkuCatalogue.builtIn();
        int port = number(options, "port", 8443);
        int skus = number(options, "skus", Math.min(12, catalogue.size()));
        if (skus > catalogue.size()) {
            throw new IllegalArgumentException("--skus " + skus + " is more than the " + catalogue.size() + " SKUs of "
                    + (options.containsKey("catalogue")
                            ? "the catalogue " + options.get("catalogue") + "."
                            : "the built-in list; pass --catalogue with Microsoft's product names CSV for more."));
        }
        TenantSpec spec = new TenantSpec(number(options, "seed", 1), number(options, "users", 200), skus, catalogue);
        Path trustStore = Path.of(options.getOrDefault("truststore", NAME + "-truststore.p12"));
        String trustPassword = options.getOrDefault("truststore-password", "changeit");
        Duration growth = options.containsKey("grow-every") ? interval(options.get("grow-every")) : null;

        GraphSimulator simulator = GraphSimulator.start(port, catalogue);
        try {
            Tenant tenant = simulator.addTenant(spec);
            simulator.tls().writeTrustStore(trustStore, trustPassword.toCharArray());
            describe(simulator, tenant, trustStore, trustPassword);
            if (growth != null) {
                new DemoGrowth(tenant).every(growth);
                System.out.println("Demo growth: one more user gets the busiest licence every " + growth + ".");
            }
            return simulator;
        } catch (IOException | RuntimeException e) {
            simulator.close();
            throw e;
        }
    }

    private static void describe(GraphSimulator simulator, Tenant tenant, Path trustStore, String trustPassword) {
        AppRegistration app = tenant.apps().iterator().next();
        System.out.println("Microsoft Graph simulator running at " + simulator.baseUri());
        System.out.println(
                "  tenant        " + tenant.id() + " (" + tenant.domain() + ", " + tenant.read(Tenant::liveUserCount)
                        + " users, " + tenant.read(t -> t.skus().size()) + " SKUs)");
        System.out.println("  client id     " + app.clientId());
        System.out.println("  secret id     " + app.firstSecret().secretId());
        System.out.println("  secret        " + app.firstSecret().value());
        System.out.println("  token URL     " + simulator.authority(tenant) + "oauth2/v2.0/token");
        System.out.println("  Graph URL     " + simulator.graphBaseUrl());
        System.out.println(
                "  trust store   " + trustStore.toAbsolutePath() + " (PKCS#12, password " + trustPassword + ")");
        System.out.println("  control API   " + simulator.baseUri() + "/_sim/ (loopback only)");
    }

    private static Duration interval(String value) {
        try {
            Duration interval = Duration.parse(value);
            if (interval.compareTo(Duration.ofSeconds(1)) >= 0) {
                return interval;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new IllegalArgumentException(
                "--grow-every takes an ISO-8601 duration of a second or more, e.g. PT1M; it was '" + value + "'.");
    }

    private static int number(Map<String, String> options, String name, int otherwise) {
        String value = options.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + value + "'.");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Options come as --name value; unexpected '" + args[i] + "'.");
            }
            String name = args[i].substring(2);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("Unknown option '" + args[i] + "'.");
            }
            options.put(name, args[++i]);
        }
        return options;
    }
}
