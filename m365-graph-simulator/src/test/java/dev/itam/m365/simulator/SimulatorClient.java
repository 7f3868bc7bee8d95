package dev.itam.m365.simulator;

import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.Tenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTPS client of the simulator for tests: raw requests, JSON answers. */
final class SimulatorClient {

    record Answer(int status, HttpResponse<String> response) {

        String body() {
            return response.body();
        }

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonStructure parse() {
            return Json.createReader(new StringReader(response.body())).read();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final GraphSimulator simulator;
    private final HttpClient http;

    SimulatorClient(GraphSimulator simulator) {
        this.simulator = simulator;
        this.http = HttpClient.newBuilder()
                .sslContext(simulator.tls().clientContext())
                .build();
    }

    Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response);
    }

    Answer get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(absolute(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    Answer control(String method, String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(absolute("/_sim/" + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer tokenRequest(String tenantKey, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(absolute("/" + tenantKey + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A Graph token for the tenant's generated app, through the real token endpoint. */
    String token(Tenant tenant) throws IOException, InterruptedException {
        AppRegistration app = tenant.apps().iterator().next();
        Answer answer = tokenRequest(
                tenant.id(),
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        app.clientId(),
                        "client_secret",
                        app.firstSecret().value(),
                        "scope",
                        "https://graph.microsoft.com/.default"));
        if (answer.status() != 200) {
            throw new IllegalStateException("No token: " + answer.body());
        }
        return answer.json().getString("access_token");
    }

    private URI absolute(String url) {
        return url.startsWith("https://") ? URI.create(url) : URI.create(simulator.baseUri() + url);
    }
}
