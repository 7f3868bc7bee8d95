package dev.itam.m365.it;

import dev.itam.m365.simulator.GraphSimulator;
import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.Tenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Graph of the simulator asked directly, as any client would: a token of the tenant's app, then GETs. */
final class SimulatorGraph {

    private final HttpClient http;
    private final String token;

    SimulatorGraph(GraphSimulator simulator, Tenant tenant) throws IOException, InterruptedException {
        this.http = HttpClient.newBuilder()
                .sslContext(simulator.tls().clientContext())
                .build();
        this.token = token(http, simulator, tenant);
    }

    String token() {
        return token;
    }

    JsonObject get(String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static String token(HttpClient http, GraphSimulator simulator, Tenant tenant)
            throws IOException, InterruptedException {
        AppRegistration app = tenant.apps().iterator().next();
        String form = "grant_type=client_credentials&client_id=" + app.clientId() + "&client_secret="
                + URLEncoder.encode(app.firstSecret().value(), StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode("https://graph.microsoft.com/.default", StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(simulator.authority(tenant) + "oauth2/v2.0/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
    }
}
