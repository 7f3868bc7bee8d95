package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Several hundred hostile and careless requests, generated from a fixed seed, over every operation
 * that changes something and every query parameter: each must be refused with its exact 4xx status
 * as problem+json whose detail or errors name what to fix, none may answer 5xx or leak Java's words,
 * and nothing stored may change. Runs on H2 only: what it checks is the plugin's reading of
 * requests, which no database takes part in (the column limits are checked per database by
 * {@code StoredTextColumnsTest}).
 */
class HostileInputIT extends DeployedPlugin {

    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT = "0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    private static final String MISSING_ID = "999999999";
    private static final String PORTAL_FIELDS =
            "name, description, tenantId, clientId, cloud, credential, excludedSkuIds";
    private static final String FOLDER_FIELDS = "parentId, name";
    private static final String PRODUCT_FIELDS = "name, folderId, consumerType";
    private static final String CSV_HEADER = "Product_Display_Name,String_Id,GUID\r\n";
    private static final String SKU = "6fd2c87f-b296-42f0-b197-1e91e994b900";

    private final Random random = new Random(11);
    /** HTTP/1.1: an upgrade to HTTP/2 (h2c) is asked for with the first body and is no part of the test. */
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One bad request and what its refusal must be: the status, and a name its detail or errors contain. */
    private record Case(
            String method,
            String path,
            String contentType,
            String accept,
            byte[] body,
            boolean chunked,
            int status,
            String names) {

        @Override
        public String toString() {
            String shown = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
            return method + " " + path + " [" + contentType + ", " + body.length + " bytes"
                    + (chunked ? ", chunked" : "") + "] " + shown;
        }
    }

    /** A body and the JSON endpoint it goes to, for the mutations every JSON body gets. */
    private record JsonOperation(String method, String path, String fields, JsonObject valid) {}

    @Test
    void everyBadRequestIsRefusedClearlyAndChangesNothing() throws Exception {
        long portal = createPortal();
        long folder = createTopLevelFolder();
        long product = createProduct(folder);
        Map<String, String> before = stored();

        List<Case> cases = new ArrayList<>();
        List<JsonOperation> operations = List.of(
                new JsonOperation("POST", "api/portals", PORTAL_FIELDS, portalBody()),
                new JsonOperation("PUT", "api/portals/" + portal, PORTAL_FIELDS, portalBody()),
                new JsonOperation("POST", "api/portals/connection-test", PORTAL_FIELDS, portalBody()),
                new JsonOperation("POST", "api/portals/licences", PORTAL_FIELDS, portalBody()),
                new JsonOperation("POST", "api/folders", FOLDER_FIELDS, folderBody(folder)),
                new JsonOperation("POST", "api/products", PRODUCT_FIELDS, productBody(folder)),
                new JsonOperation(
                        "PUT",
                        "api/products/" + product + "/folder",
                        "folderId",
                        Json.createObjectBuilder().add("folderId", folder).build()));
        for (JsonOperation operation : operations) {
            unreadableBodies(operation, cases);
            wrongTypes(operation, cases);
            otherMediaTypes(operation, cases);
            tooLarge(operation.method(), operation.path(), cases);
        }
        portalRules("POST", "api/portals", cases);
        portalRules("PUT", "api/portals/" + portal, cases);
        folderAndProductRules(folder, product, cases);
        catalogues(cases);
        queryParameters(portal, cases);
        pathsMethodsAndAccept(portal, product, cases);
        for (String path : List.of(
                "api/imports", "api/imports/" + portal, "api/tasks/recalculation", "api/tasks/full-recalculation")) {
            tooLarge("POST", path, cases);
        }
        Collections.shuffle(cases, random);

        assertThat(cases).hasSizeGreaterThan(300);
        for (Case request : cases) {
            refusedClearly(request, send(request));
        }
        assertThat(stored()).isEqualTo(before);
    }

    private void refusedClearly(Case request, HttpResponse<String> response) {
        String body = response.body();
        assertThat(response.statusCode()).as(request + " → " + body).isEqualTo(request.status());
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(request.toString())
                .startsWith("application/problem+json");
        JsonObject problem = Json.createReader(new StringReader(body)).readObject();
        assertThat(problem.getInt("status")).isEqualTo(request.status());
        String detail = problem.getString("detail");
        assertThat(detail).as(request.toString()).isNotBlank().doesNotContain("Exception", "java.", "HTTP ");
        List<String> fields = problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .toList();
        assertThat(detail.contains(request.names()) || fields.contains(request.names()))
                .as(request + " → " + body + " names " + request.names())
                .isTrue();
    }

    // ---- the requests

    private void unreadableBodies(JsonOperation operation, List<Case> cases) {
        String expected = "Send one JSON object with the fields " + operation.fields();
        List<byte[]> bodies = new ArrayList<>();
        for (String text : List.of(
                "",
                " \r\n",
                "null",
                "[]",
                "[" + operation.valid() + "]",
                "\"x\"",
                "5",
                "true",
                "{",
                "{\"name\": ",
                "{\"name\": \"x",
                "{'name': 'x'}",
                "{\"name\": \"x\",}",
                "{} {}",
                "<portal><name>x</name></portal>",
                "name=x&parentId=1",
                "\u0000",
                "[".repeat(1000) + "]".repeat(1000),
                "{\"a\": ".repeat(1000) + "1" + "}".repeat(1000),
                "{\"name\": \"x\", \"extra\": " + "[".repeat(40) + "]".repeat(40) + "}")) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] garbage = new byte[64];
        random.nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        bodies.add(garbage);
        bodies.add(new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, '"', '}'});
        for (byte[] body : bodies) {
            cases.add(json(operation.method(), operation.path(), body, 400, expected));
        }
        cases.add(new Case(operation.method(), operation.path(), null, null, new byte[0], false, 400, expected));
    }

    /** Every field of the body, once per wrong JSON type picked for it (three at random). */
    private void wrongTypes(JsonOperation operation, List<Case> cases) {
        for (Map.Entry<String, List<String>> field :
                wrongValues(operation.valid()).entrySet()) {
            List<String> values = new ArrayList<>(field.getValue());
            Collections.shuffle(values, random);
            for (String wrong : values.subList(0, Math.min(3, values.size()))) {
                String body = replaced(operation.valid(), field.getKey(), wrong);
                cases.add(json(operation.method(), operation.path(), body, 400, field.getKey()));
            }
        }
    }

    /** For each field of {@code valid} (nested ones dotted), JSON values of other types than its own. */
    private static Map<String, List<String>> wrongValues(JsonObject valid) {
        Map<String, List<String>> wrong = new LinkedHashMap<>();
        List<String> notText = List.of("5", "-1.5", "true", "false", "[]", "[\"x\"]", "{}", "{\"a\": 1}");
        List<String> notId = List.of("\"4\"", "\"abc\"", "true", "[]", "[4]", "{}", "4.5", "9223372036854775808");
        for (Map.Entry<String, JsonValue> field : valid.entrySet()) {
            String name = field.getKey();
            switch (name) {
                case "cloud" -> wrong.put(name, List.of("\"MARS\"", "\"global\"", "1", "true", "[]", "{}"));
                case "excludedSkuIds" -> wrong.put(name, List.of("\"x\"", "5", "{}", "[1]", "[true]", "[[]]"));
                case "parentId", "folderId" -> wrong.put(name, notId);
                case "credential" -> {
                    wrong.put(name, List.of("\"x\"", "5", "true", "[]"));
                    wrong.put("credential.type", List.of("\"PASSWORD\"", "\"client_secret\"", "1", "{}"));
                    wrong.put("credential.secretId", notText);
                    wrong.put("credential.secretValue", notText);
                    wrong.put(
                            "credential.secretExpiresOn",
                            List.of("\"31.12.2099\"", "\"2099-13-01\"", "\"\"", "20991231", "true"));
                }
                default -> wrong.put(name, notText);
            }
        }
        return wrong;
    }

    /** {@code valid} with {@code field} (maybe {@code credential.x}) set to the raw JSON {@code value}. */
    private static String replaced(JsonObject valid, String field, String value) {
        String marker = "\"@@" + field + "@@\"";
        JsonObjectBuilder body = Json.createObjectBuilder(valid);
        if (field.startsWith("credential.")) {
            body.add(
                    "credential",
                    Json.createObjectBuilder(valid.getJsonObject("credential"))
                            .add(field.substring("credential.".length()), marker.replace("\"", "")));
        } else {
            body.add(field, marker.replace("\"", ""));
        }
        return body.build().toString().replace(marker, value);
    }

    private void otherMediaTypes(JsonOperation operation, List<Case> cases) {
        byte[] xml = "<folder><name>x</name></folder>".getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("application/xml", "text/plain", "application/x-www-form-urlencoded")) {
            cases.add(new Case(operation.method(), operation.path(), type, null, xml, false, 415, "application/json"));
        }
    }

    private void tooLarge(String method, String path, List<Case> cases) {
        byte[] body = ("{\"name\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        cases.add(json(method, path, body, 413, "1 MB"));
    }

    private void portalRules(String method, String path, List<Case> cases) {
        JsonObject valid = portalBody();
        Map<String, List<JsonValue>> broken = new LinkedHashMap<>();
        broken.put(
                "name",
                texts(
                        "",
                        "   ",
                        "x".repeat(101),
                        "\u0130".repeat(100),
                        "Con\u0000toso",
                        "Con\ntoso",
                        "Con\ttoso",
                        "\u001b[31mred",
                        "x\u007f",
                        "x\u0085"));
        broken.get("name").add(JsonValue.NULL);
        broken.put("description", texts("d".repeat(2001), "d\u0000", "bell\u0007"));
        broken.put(
                "tenantId",
                texts(
                        "contoso.onmicrosoft.com",
                        "",
                        TENANT.substring(1),
                        TENANT.substring(0, 8) + "\u0000" + TENANT.substring(9)));
        broken.put("clientId", texts("1234", CLIENT + "0"));
        broken.put(
                "excludedSkuIds",
                List.of(Json.createArrayBuilder().add("ENTERPRISEPACK").build()));
        for (Map.Entry<String, List<JsonValue>> field : broken.entrySet()) {
            for (JsonValue value : field.getValue()) {
                String body = Json.createObjectBuilder(valid)
                        .add(field.getKey(), value)
                        .build()
                        .toString();
                cases.add(json(method, path, body, 400, field.getKey()));
            }
        }
        String lone =
                Json.createObjectBuilder(valid).add("name", "LONE").build().toString();
        cases.add(json(method, path, lone.replace("\"LONE\"", "\"Contoso \\ud800\""), 400, "name"));

        List<Map.Entry<String, JsonObject>> credentials = List.of(
                Map.entry("credential.type", credential().addNull("type").build()),
                Map.entry(
                        "credential.secretId", credential().add("secretId", "").build()),
                Map.entry(
                        "credential.secretId",
                        credential().add("secretId", "x".repeat(101)).build()),
                Map.entry(
                        "credential.secretId",
                        credential().add("secretId", "id\u0000").build()),
                Map.entry(
                        "credential.secretValue",
                        credential()
                                .add("secretValue", "\uD83D\uDE00".repeat(500))
                                .build()),
                Map.entry(
                        "credential.secretExpiresOn",
                        credential().add("secretExpiresOn", "2000-01-01").build()),
                Map.entry(
                        "credential.certificatePem",
                        Json.createObjectBuilder()
                                .add("type", "CERTIFICATE")
                                .add("certificatePem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")
                                .add("privateKeyPem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----")
                                .build()),
                Map.entry(
                        "credential.pkcs12Password",
                        Json.createObjectBuilder()
                                .add("type", "CERTIFICATE")
                                .add("pkcs12Base64", "bm90IGEgUEtDUyMxMiBmaWxl")
                                .build()));
        for (Map.Entry<String, JsonObject> credential : credentials) {
            String body = Json.createObjectBuilder(valid)
                    .add("credential", credential.getValue())
                    .build()
                    .toString();
            cases.add(json(method, path, body, 400, credential.getKey()));
        }
    }

    private void folderAndProductRules(long folder, long product, List<Case> cases) {
        for (String name : List.of("", " ", "f".repeat(201), "Bought\u0000", "Bought\nby hand", "\u0007")) {
            String body = Json.createObjectBuilder()
                    .add("parentId", folder)
                    .add("name", name)
                    .build()
                    .toString();
            cases.add(json("POST", "api/folders", body, 400, "name"));
        }
        cases.add(json("POST", "api/folders", "{\"name\": \"x\\udc00\"}", 400, "name"));
        cases.add(json("POST", "api/folders", "{\"parentId\": null}", 400, "name"));
        cases.add(json(
                "POST", "api/folders", "{\"parentId\": " + MISSING_ID + ", \"name\": \"Orphan\"}", 404, MISSING_ID));

        JsonObject valid = productBody(folder);
        for (String name : List.of("", "p".repeat(501), "Visio\u0000", "Visio\r\nPlan")) {
            String body =
                    Json.createObjectBuilder(valid).add("name", name).build().toString();
            cases.add(json("POST", "api/products", body, 400, "name"));
        }
        for (String type : List.of("MICROSOFT_365", "user", "")) {
            String body = Json.createObjectBuilder(valid)
                    .add("consumerType", type)
                    .build()
                    .toString();
            cases.add(json("POST", "api/products", body, 400, "consumerType"));
        }
        cases.add(json("POST", "api/products", "{\"name\": \"P\", \"consumerType\": \"USER\"}", 400, "folderId"));
        cases.add(json(
                "POST",
                "api/products",
                "{\"name\": \"P\", \"folderId\": " + MISSING_ID + ", \"consumerType\": \"USER\"}",
                404,
                MISSING_ID));
        cases.add(json("PUT", "api/products/" + product + "/folder", "{}", 400, "folderId"));
        cases.add(json("PUT", "api/products/" + product + "/folder", "{\"folderId\": null}", 400, "folderId"));
        cases.add(json(
                "PUT", "api/products/" + product + "/folder", "{\"folderId\": " + MISSING_ID + "}", 404, MISSING_ID));
        cases.add(json(
                "PUT", "api/products/" + MISSING_ID + "/folder", "{\"folderId\": " + folder + "}", 404, MISSING_ID));
        cases.add(new Case("DELETE", "api/products/" + MISSING_ID, null, null, new byte[0], false, 404, MISSING_ID));
        cases.add(new Case("DELETE", "api/portals/" + MISSING_ID, null, null, new byte[0], false, 404, MISSING_ID));
        cases.add(json("PUT", "api/portals/" + MISSING_ID, portalBody().toString(), 404, MISSING_ID));
    }

    private void catalogues(List<Case> cases) {
        String sku = "," + SKU + "\r\n";
        byte[] garbage = new byte[200];
        random.nextBytes(garbage);
        for (String csv : List.of(
                "",
                "Name,Id\r\nA,B\r\n",
                CSV_HEADER,
                CSV_HEADER + "Office 365 E3,ENTERPRISEPACK,not-a-guid\r\n",
                CSV_HEADER + "t".repeat(301) + ",P" + sku,
                CSV_HEADER + "Office 365 E3," + "P".repeat(201) + sku,
                CSV_HEADER + "\"Office\u0000 365\",P" + sku,
                CSV_HEADER + ",P" + sku,
                CSV_HEADER + "\"unterminated,P" + sku,
                "<catalogue><sku/></catalogue>",
                new String(garbage, StandardCharsets.ISO_8859_1))) {
            cases.add(new Case(
                    "PUT",
                    "api/catalogue",
                    "text/csv",
                    null,
                    csv.getBytes(StandardCharsets.UTF_8),
                    false,
                    400,
                    "file"));
        }
        byte[] huge = (CSV_HEADER + ("T,P" + sku).repeat(260_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(huge.length).isGreaterThan(10 * 1024 * 1024);
        cases.add(new Case("PUT", "api/catalogue", "text/csv", null, huge, false, 413, "10 MB"));
        cases.add(new Case("PUT", "api/catalogue", "text/csv", null, huge, true, 413, "10 MB"));
        for (String type : List.of("application/json", "application/xml", "multipart/form-data; boundary=x")) {
            cases.add(new Case(
                    "PUT",
                    "api/catalogue",
                    type,
                    null,
                    (CSV_HEADER + "T,P" + sku).getBytes(StandardCharsets.UTF_8),
                    false,
                    415,
                    "text/csv"));
        }
    }

    private void queryParameters(long portal, List<Case> cases) {
        List<String> notCounts = List.of("abc", "-1", "1.5", "", " ", "99999999999", "1e3", "0x10", "%00", "NaN");
        for (String value : notCounts) {
            cases.add(get("api/licences/1/consumers?first=" + encoded(value) + "&max=10", "first"));
        }
        for (String value : List.of("abc", "-1", "0", "1001", "", "1.5", "1e3", "true")) {
            cases.add(get("api/licences/1/consumers?max=" + encoded(value), "max"));
            cases.add(get("api/licences/1/consumers?first=0&max=" + encoded(value), "max"));
            cases.add(get("api/task-runs?limit=" + encoded(value), "limit"));
        }
        for (String value : List.of("abc", "-1", "0", "1.5", "", "99999999999999999999", "null")) {
            for (String path : List.of("api/portals/connection-test", "api/portals/licences")) {
                cases.add(json("POST", path + "?portalId=" + encoded(value), "{}", 400, "portalId"));
            }
        }
        for (String value : List.of("maybe", "TRUE", "1", "", "yes", "false;true")) {
            cases.add(new Case(
                    "POST",
                    "api/imports/" + portal + "?recalculate=" + encoded(value),
                    null,
                    null,
                    new byte[0],
                    false,
                    400,
                    "recalculate"));
        }
    }

    private void pathsMethodsAndAccept(long portal, long product, List<Case> cases) {
        String notFound = "Nothing is found at this path";
        for (String[] request : new String[][] {
            {"GET", "api/portals/abc"},
            {"DELETE", "api/portals/abc"},
            {"DELETE", "api/portals/1.5"},
            {"POST", "api/portals/abc/connection-test"},
            {"GET", "api/portals/abc/licences"},
            {"POST", "api/imports/abc"},
            {"POST", "api/imports/-"},
            {"DELETE", "api/products/abc"},
            {"GET", "api/licences/abc/consumers"},
            {"GET", "api/nothing-here"},
            {"POST", "api/portals/" + portal + "/nothing"}
        }) {
            cases.add(new Case(request[0], request[1], null, null, new byte[0], false, 404, notFound));
        }
        cases.add(json("PUT", "api/portals/abc", portalBody().toString(), 404, notFound));
        cases.add(json("PUT", "api/products/abc/folder", "{\"folderId\": 1}", 404, notFound));
        for (String[] request : new String[][] {
            {"DELETE", "api/folders", "POST"},
            {"PATCH", "api/portals/" + portal, "PUT"},
            {"PUT", "api/imports", "POST"},
            {"GET", "api/tasks/recalculation", "POST"},
            {"DELETE", "api/catalogue", "PUT"},
            {"POST", "api/products/" + product, "DELETE"},
            {"POST", "api/task-runs", "GET"}
        }) {
            // Payara's HTTP listener itself refuses a GET or DELETE with a body (400, no body), before the plugin
            boolean bodiless = request[0].equals("GET") || request[0].equals("DELETE");
            cases.add(json(request[0], request[1], bodiless ? "" : "{}", 405, request[2]));
        }
        cases.add(new Case("GET", "api/portals", null, "text/html", new byte[0], false, 406, "Accept"));
        cases.add(new Case(
                "POST",
                "api/folders",
                "application/json",
                "application/xml",
                "{\"name\": 5}".getBytes(StandardCharsets.UTF_8),
                false,
                406,
                "Accept"));
    }

    // ---- building blocks

    private static List<JsonValue> texts(String... values) {
        List<JsonValue> texts = new ArrayList<>();
        for (String value : values) {
            texts.add(Json.createValue(value));
        }
        return texts;
    }

    private static JsonObjectBuilder credential() {
        return Json.createObjectBuilder()
                .add("type", "CLIENT_SECRET")
                .add("secretId", "fuzz-id")
                .add("secretValue", "fuzz-value")
                .add("secretExpiresOn", "2099-12-31");
    }

    private static JsonObject portalBody() {
        return Json.createObjectBuilder()
                .add("name", "Fuzz " + UUID.randomUUID().toString().substring(0, 8))
                .add("description", "Not stored")
                .add("tenantId", TENANT)
                .add("clientId", CLIENT)
                .add("cloud", "GLOBAL")
                .add("credential", credential())
                .add("excludedSkuIds", Json.createArrayBuilder().add(SKU))
                .build();
    }

    private static JsonObject folderBody(long parent) {
        return Json.createObjectBuilder()
                .add("parentId", parent)
                .add("name", "Not stored")
                .build();
    }

    private static JsonObject productBody(long folder) {
        return Json.createObjectBuilder()
                .add("name", "Not stored")
                .add("folderId", folder)
                .add("consumerType", "USER")
                .build();
    }

    private static Case json(String method, String path, String body, int status, String names) {
        return json(method, path, body.getBytes(StandardCharsets.UTF_8), status, names);
    }

    private static Case json(String method, String path, byte[] body, int status, String names) {
        return new Case(method, path, "application/json", null, body, false, status, names);
    }

    private static Case get(String path, String names) {
        return new Case("GET", path, null, null, new byte[0], false, 400, names);
    }

    private static String encoded(String value) {
        return value.equals("%00") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long createPortal() {
        Reply created = client.post("api/portals", portalBody().toString(), Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** {@code "parentId": null} asks for a top-level folder. */
    private long createTopLevelFolder() {
        String name = "Fuzz " + UUID.randomUUID().toString().substring(0, 8);
        Reply created = client.post("api/folders", "{\"parentId\": null, \"name\": \"" + name + "\"}", Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getOrDefault("parentId", JsonValue.NULL))
                .as(created.body())
                .isEqualTo(JsonValue.NULL);
        assertThat(created.json().getString("path")).isEqualTo(name);
        return created.json().getJsonNumber("id").longValue();
    }

    private long createProduct(long folder) {
        String body = Json.createObjectBuilder(productBody(folder))
                .add("name", "Fuzz product")
                .build()
                .toString();
        Reply created = client.post("api/products", body, Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** What the API lists and the uploaded titles, to prove afterwards that nothing changed. */
    private Map<String, String> stored() throws Exception {
        Map<String, String> stored = new LinkedHashMap<>();
        for (String path : List.of(
                "api/portals",
                "api/products",
                "api/folders",
                "api/licences",
                "api/balances",
                "api/task-runs?limit=1000")) {
            Reply listing = client.get(path, Login.ADMIN);
            assertThat(listing.status()).as(path).isEqualTo(200);
            JsonArray items = listing.jsonArray();
            stored.put(path, items.toString());
        }
        try (Connection db = ItDatabase.connect();
                Statement sql = db.createStatement();
                ResultSet titles =
                        sql.executeQuery("SELECT SKU_ID, PART_NUMBER, TITLE FROM M365_SKU_TITLE ORDER BY SKU_ID")) {
            StringBuilder rows = new StringBuilder();
            while (titles.next()) {
                rows.append(titles.getString(1))
                        .append('|')
                        .append(titles.getString(2))
                        .append('|')
                        .append(titles.getString(3))
                        .append('\n');
            }
            stored.put("M365_SKU_TITLE", rows.toString());
        }
        return stored;
    }

    private HttpResponse<String> send(Case request) throws IOException, InterruptedException {
        String base = "http://127.0.0.1:" + deployment.getPort() + deployment.getPath();
        HttpRequest.BodyPublisher body = request.body().length == 0
                ? HttpRequest.BodyPublishers.noBody()
                : request.chunked()
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()))
                        : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                .method(request.method(), body)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("it-admin:it-admin-pw".getBytes(StandardCharsets.UTF_8)));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.accept() != null) {
            builder.header("Accept", request.accept());
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException(request + " failed", e);
        }
    }
}
