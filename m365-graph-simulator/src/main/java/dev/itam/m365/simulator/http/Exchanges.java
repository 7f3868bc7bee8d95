package dev.itam.m365.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading requests and writing responses the way every simulated endpoint does. */
public final class Exchanges {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
    private static final int BUFFER = 64 * 1024;

    private Exchanges() {}

    /** Query parameters, decoded; {@code %24top} and {@code $top} are the same key. */
    public static Map<String, String> query(HttpExchange exchange) {
        return decodePairs(exchange.getRequestURI().getRawQuery());
    }

    public static Map<String, String> form(HttpExchange exchange) throws IOException {
        return decodePairs(body(exchange));
    }

    public static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    public static JsonObject jsonBody(HttpExchange exchange) throws IOException {
        String body = body(exchange);
        return body.isBlank()
                ? JsonObject.EMPTY_JSON_OBJECT
                : Json.createReader(new StringReader(body)).readObject();
    }

    public static JsonArray jsonArrayBody(HttpExchange exchange) throws IOException {
        return Json.createReader(new StringReader(body(exchange))).readArray();
    }

    private static Map<String, String> decodePairs(String raw) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            pairs.put(key, value);
        }
        return pairs;
    }

    /** Writes a JSON body with a known status; the body is streamed, never built in memory. */
    public static void sendJson(HttpExchange exchange, int status, JsonWriter writer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, 0);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), BUFFER);
                JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            writer.write(json);
        }
    }

    /** Writes raw bytes, e.g. a deliberately broken body. */
    public static void sendRaw(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static boolean fromLoopback(HttpExchange exchange) {
        return exchange.getRemoteAddress().getAddress().isLoopbackAddress();
    }

    /** Writes one JSON document. */
    @FunctionalInterface
    public interface JsonWriter {
        void write(JsonGenerator json) throws IOException;
    }
}
