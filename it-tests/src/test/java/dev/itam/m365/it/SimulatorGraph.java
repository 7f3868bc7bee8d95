package dev.itam.m365.it;

import dev.itam.m365.simulator.GraphSimulator;
import dev.itam.m365.simulator.bench.PageWalker;
import dev.itam.m365.simulator.tenant.Tenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Graph of the simulator asked directly, as any client would: a token of the tenant's app, then GETs. */
final class SimulatorGraph {

    private final HttpClient http;
    private final String token;

    SimulatorGraph(GraphSimulator simulator, Tenant tenant) throws IOException, InterruptedException {
        this.http = HttpClient.newBuilder()
                .sslContext(simulator.tls().clientContext())
                .build();
        this.token = PageWalker.token(http, simulator, tenant);
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
}
