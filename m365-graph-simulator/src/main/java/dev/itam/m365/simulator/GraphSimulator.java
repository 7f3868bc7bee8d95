package dev.itam.m365.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.itam.m365.simulator.control.ControlEndpoint;
import dev.itam.m365.simulator.fault.Endpoint;
import dev.itam.m365.simulator.fault.FaultPlan;
import dev.itam.m365.simulator.fault.FaultResponder;
import dev.itam.m365.simulator.graph.GraphEndpoint;
import dev.itam.m365.simulator.graph.ResourceUnitBuckets;
import dev.itam.m365.simulator.http.Exchanges;
import dev.itam.m365.simulator.http.Latency;
import dev.itam.m365.simulator.http.RequestIds;
import dev.itam.m365.simulator.login.IssuedTokens;
import dev.itam.m365.simulator.login.TokenEndpoint;
import dev.itam.m365.simulator.tenant.SkuCatalogue;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantDirectory;
import dev.itam.m365.simulator.tenant.TenantGenerator;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator as a library: start it on a loopback port (0 picks a free one), add tenants, point
 * clients at {@link #baseUri()}, change tenants and inject faults, close it.
 *
 * <p>Routes: {@code POST /{tenant}/oauth2/v2.0/token} (Entra ID), {@code /v1.0/...} (Graph),
 * {@code /_sim/...} (control API).
 */
public final class GraphSimulator implements AutoCloseable {

    private static final Pattern TOKEN_PATH = Pattern.compile("/([^/]+)/oauth2/v2\\.0/token");
    private static final int THREADS = 32;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    static {
        // Read once, when the JDK's HTTP server first loads: without it every small answer waits
        // about 40 ms for the client's delayed ACK (a token 45 ms instead of 6, 100,000 users 1.5 s
        // instead of 0.5 s), so the simulator, not the client, would set the pace.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    private final HttpsServer server;
    private final ExecutorService executor;
    private final SimulatorTls tls;
    private final TenantDirectory tenants = new TenantDirectory();
    private final IssuedTokens tokens = new IssuedTokens();
    private final FaultPlan faults = new FaultPlan();
    private final Latency latency = new Latency();
    private final ResourceUnitBuckets buckets = new ResourceUnitBuckets();
    private final SkuCatalogue catalogue;
    private final Clock clock;
    private final TokenEndpoint tokenEndpoint;
    private final GraphEndpoint graphEndpoint;
    private final ControlEndpoint controlEndpoint;

    private GraphSimulator(int port, SkuCatalogue catalogue, Clock clock) throws IOException {
        this.catalogue = catalogue;
        this.clock = clock;
        this.tls = SimulatorTls.selfSigned();
        this.tokenEndpoint = new TokenEndpoint(tenants, tokens);
        this.graphEndpoint = new GraphEndpoint(tenants, tokens, faults, buckets, clock);
        this.controlEndpoint = new ControlEndpoint(tenants, faults, tokens, catalogue, clock, latency, buckets);
        this.server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        this.server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
        this.executor = Executors.newFixedThreadPool(THREADS);
        this.server.setExecutor(executor);
        this.server.createContext("/", this::route);
        this.server.start();
    }

    /** Starts on the given loopback port (0: any free port) with the built-in SKU list. */
    public static GraphSimulator start(int port) throws IOException {
        return start(port, SkuCatalogue.builtIn());
    }

    public static GraphSimulator start(int port, SkuCatalogue catalogue) throws IOException {
        return start(port, catalogue, Clock.systemUTC());
    }

    /**
     * Starts with tenants whose subscription dates are relative to today by {@code clock}, so that
     * tests can know them; the clock also dates subscriptions the control API adds.
     */
    public static GraphSimulator start(int port, Clock clock) throws IOException {
        return start(port, SkuCatalogue.builtIn(), clock);
    }

    public static GraphSimulator start(int port, SkuCatalogue catalogue, Clock clock) throws IOException {
        return new GraphSimulator(port, catalogue, clock);
    }

    public Tenant addTenant(TenantSpec spec) {
        return tenants.add(TenantGenerator.generate(spec, clock));
    }

    /** {@code https://127.0.0.1:port}: the login authority is this plus {@code /{tenant}/}, Graph this plus {@code /v1.0}. */
    public URI baseUri() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    public String graphBaseUrl() {
        return baseUri() + "/v1.0";
    }

    public String authority(Tenant tenant) {
        return baseUri() + "/" + tenant.id() + "/";
    }

    public SimulatorTls tls() {
        return tls;
    }

    public TenantDirectory tenants() {
        return tenants;
    }

    public FaultPlan faults() {
        return faults;
    }

    public IssuedTokens tokens() {
        return tokens;
    }

    public SkuCatalogue catalogue() {
        return catalogue;
    }

    /** The identity service's throttling of Graph requests per app and tenant. */
    public ResourceUnitBuckets throttling() {
        return buckets;
    }

    /** The wait before every answer of Entra ID and Graph; the control API's answers never wait. */
    public Latency latency() {
        return latency;
    }

    private void route(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            Matcher token = TOKEN_PATH.matcher(path);
            if (token.matches()) {
                latency.await();
                var fault = faults.nextFor(Endpoint.TOKEN);
                if (fault.isEmpty() || !FaultResponder.respond(exchange, fault.get(), FaultResponder.Shape.ENTRA)) {
                    tokenEndpoint.handle(exchange, token.group(1));
                }
            } else if (path.startsWith("/v1.0/")) {
                latency.await();
                RequestIds.stamp(exchange);
                graphEndpoint.handle(exchange, path);
            } else if (path.startsWith("/_sim/")) {
                controlEndpoint.handle(exchange, path);
            } else {
                Exchanges.sendRaw(exchange, 404, "text/plain", "Not a simulated endpoint: " + path);
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
