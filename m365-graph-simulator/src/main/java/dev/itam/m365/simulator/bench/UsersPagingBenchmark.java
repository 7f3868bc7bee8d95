package dev.itam.m365.simulator.bench;

import dev.itam.m365.simulator.GraphSimulator;
import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * How fast one client can page through a large tenant's users with the plugin's query
 * ({@code $select} of the import's properties, {@code $top=999}), parsing every page as it
 * streams in. Prints users per second for a warm-up pass and three measured passes.
 *
 * <p>{@code java -cp m365-graph-simulator/target/m365-graph-simulator.jar
 * dev.itam.m365.simulator.bench.UsersPagingBenchmark [users]}
 */
public final class UsersPagingBenchmark {

    private static final String QUERY = "/v1.0/users?$select=id,displayName,userPrincipalName,mail,accountEnabled,"
            + "department,assignedLicenses&$top=999";

    private UsersPagingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        long generationStart = System.nanoTime();
        try (GraphSimulator simulator = GraphSimulator.start(0)) {
            Tenant tenant = simulator.addTenant(TenantSpec.of(1, users, 20));
            System.out.printf("Generated %,d users in %.1f s%n", users, seconds(generationStart));
            HttpClient http = HttpClient.newBuilder().sslContext(simulator.tls().clientContext()).build();
            String token = token(http, simulator, tenant);
            for (int pass = 0; pass < 4; pass++) {
                long start = System.nanoTime();
                Result result = walk(http, simulator.baseUri() + QUERY, token);
                double elapsed = seconds(start);
                System.out.printf("%s: %,d users in %d pages, %.1f MB, %.2f s -> %,.0f users/s%n",
                        pass == 0 ? "warm-up " : "pass " + pass + "  ", result.users(), result.pages(),
                        result.bytes() / 1e6, elapsed, result.users() / elapsed);
            }
        }
    }

    private record Result(long users, int pages, long bytes) {
    }

    private static Result walk(HttpClient http, String firstPage, String token) throws IOException, InterruptedException {
        long users = 0;
        long bytes = 0;
        int pages = 0;
        String next = firstPage;
        while (next != null) {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(next))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
            CountingStream body = new CountingStream(response.body());
            next = null;
            int depth = 0;
            try (JsonParser parser = Json.createParser(body)) {
                while (parser.hasNext()) {
                    JsonParser.Event event = parser.next();
                    switch (event) {
                        case START_OBJECT -> {
                            if (++depth == 2) {
                                users++;
                            }
                        }
                        case END_OBJECT -> depth--;
                        case KEY_NAME -> {
                            if (depth == 1 && parser.getString().equals("@odata.nextLink")) {
                                parser.next();
                                next = parser.getString();
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            bytes += body.count;
            pages++;
        }
        return new Result(users, pages, bytes);
    }

    private static String token(HttpClient http, GraphSimulator simulator, Tenant tenant) throws Exception {
        AppRegistration app = tenant.apps().iterator().next();
        String form = "grant_type=client_credentials&client_id=" + app.clientId() + "&client_secret="
                + URLEncoder.encode(app.firstSecret().value(), StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode("https://graph.microsoft.com/.default", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(simulator.authority(tenant)
                + "oauth2/v2.0/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Counts the bytes a page had on the wire, after TLS. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
