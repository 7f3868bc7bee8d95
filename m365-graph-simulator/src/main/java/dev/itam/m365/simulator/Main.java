package dev.itam.m365.simulator;

import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.SkuCatalogue;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar m365-graph-simulator.jar [--port 8443] [--seed 1] [--users 200] [--skus 12]
 * [--catalogue products.csv] [--truststore sim-truststore.p12] [--truststore-password changeit]}.
 * Starts one demo tenant and prints what a client needs to sign in.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        SkuCatalogue catalogue = options.containsKey("catalogue")
                ? SkuCatalogue.fromCsv(Path.of(options.get("catalogue")))
                : SkuCatalogue.builtIn();
        GraphSimulator simulator =
                GraphSimulator.start(Integer.parseInt(options.getOrDefault("port", "8443")), catalogue);
        Tenant tenant = simulator.addTenant(new TenantSpec(
                Long.parseLong(options.getOrDefault("seed", "1")),
                Integer.parseInt(options.getOrDefault("users", "200")),
                Integer.parseInt(options.getOrDefault("skus", Integer.toString(Math.min(12, catalogue.size())))),
                catalogue));
        Path trustStore = Path.of(options.getOrDefault("truststore", "m365-graph-simulator-truststore.p12"));
        String trustPassword = options.getOrDefault("truststore-password", "changeit");
        simulator.tls().writeTrustStore(trustStore, trustPassword.toCharArray());
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

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Options come as --name value; unexpected '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
