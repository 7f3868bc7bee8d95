package dev.itam.m365.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Talks to the deployed plugin over HTTP like any client would, and remembers every body it received. */
public final class PluginClient {

    /** HTTP Basic credentials; {@link #NOBODY} sends none. */
    public record Login(String user, String password) {
        public static final Login ADMIN = new Login("it-admin", "it-admin-pw");
        public static final Login VIEWER = new Login("it-viewer", "it-viewer-pw");
        public static final Login NOBODY = new Login(null, null);
    }

    /** One response. */
    public record Reply(
            int status,
            String contentType,
            String body,
            Optional<String> location,
            Optional<String> challenge,
            Optional<String> totalCount,
            Optional<String> retryAfter) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray jsonArray() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    /** Calls go to loopback whatever host name Payara Micro reported: tests never leave this machine. */
    public PluginClient(URL deployment) {
        String path = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
        this.base = URI.create("http://127.0.0.1:" + deployment.getPort() + path);
    }

    public Reply get(String path, Login login) {
        return send(request(path, login).GET(), login);
    }

    public Reply post(String path, String json, Login login) {
        return send(request(path, login).POST(HttpRequest.BodyPublishers.ofString(json)), login);
    }

    public Reply put(String path, String json, Login login) {
        return send(request(path, login).PUT(HttpRequest.BodyPublishers.ofString(json)), login);
    }

    public Reply delete(String path, Login login) {
        return send(request(path, login).DELETE(), login);
    }

    /** A PUT of another media type than JSON, such as a CSV price list. */
    public Reply put(String path, String body, String contentType, Login login) {
        return send(
                request(path, login)
                        .setHeader("Content-Type", contentType)
                        .PUT(HttpRequest.BodyPublishers.ofString(body)),
                login);
    }

    /** A GET asking for another media type than JSON, such as CSV. */
    public Reply get(String path, String accept, Login login) {
        return send(request(path, login).setHeader("Accept", accept).GET(), login);
    }

    /** An export's answer: its bytes as sent (a byte order mark, a zip file). */
    public record Download(int status, String contentType, String disposition, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A GET with {@code Accept} and, unless null, {@code Accept-Language}, answered as bytes. */
    public Download download(String path, String accept, String language, Login login) {
        HttpRequest.Builder request = request(path, login).setHeader("Accept", accept);
        if (language != null) {
            request.setHeader("Accept-Language", language);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call as " + login.user() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every response body received so far, to prove what never left the server. */
    public List<String> bodies() {
        return List.copyOf(bodies);
    }

    private HttpRequest.Builder request(String path, Login login) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (login.user() != null) {
            String token = login.user() + ":" + login.password();
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request, Login login) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            bodies.add(response.body());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().firstValue("Location"),
                    response.headers().firstValue("WWW-Authenticate"),
                    response.headers().firstValue("X-Total-Count"),
                    response.headers().firstValue("Retry-After"));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call as " + login.user() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
