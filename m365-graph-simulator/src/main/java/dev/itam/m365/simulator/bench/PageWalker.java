package dev.itam.m365.simulator.bench;

import dev.itam.m365.simulator.GraphSimulator;
import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.Tenant;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.FilterInputStream;
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
 * A bare Graph client: follows {@code @odata.nextLink} from a first page to the last, parsing each
 * page as it streams in and counting users and bytes. The yardstick the plugin's import is
 * compared with.
 */
public final class PageWalker {

    /** What a walk saw. */
    public record Walk(long users, int pages, long bytes, double seconds) {

        public double usersPerSecond() {
            return users / seconds;
        }
    }

    private final HttpClient http;
    private final String token;

    public PageWalker(HttpClient http, String token) {
        this.http = http;
        this.token = token;
    }

    public Walk walk(String firstPage) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long users = 0;
        long bytes = 0;
        int pages = 0;
        String next = firstPage;
        while (next != null) {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(URI.create(next))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            Counting body = new Counting(response.body());
            next = null;
            int depth = 0;
            try (JsonParser parser = Json.createParser(body)) {
                while (parser.hasNext()) {
                    switch (parser.next()) {
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
                        default -> {}
                    }
                }
            }
            bytes += body.count;
            pages++;
        }
        return new Walk(users, pages, bytes, (System.nanoTime() - start) / 1e9);
    }

    /** Counts the bytes of a page as they arrive. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
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

    /** A Graph token of the tenant's first app, asked of the simulator's token endpoint as any client would. */
    public static String token(HttpClient http, GraphSimulator simulator, Tenant tenant)
            throws IOException, InterruptedException {
        AppRegistration app = tenant.apps().iterator().next();
        String form = "grant_type=client_credentials&client_id=" + app.clientId() + "&client_secret="
                + URLEncoder.encode(app.firstSecret().value(), StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode("https://graph.microsoft.com/.default", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(simulator.authority(tenant) + "oauth2/v2.0/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }
}
