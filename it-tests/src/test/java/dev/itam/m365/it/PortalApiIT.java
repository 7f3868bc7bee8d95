package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.TestCertificates;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/portals} of the real WAR in Payara Micro, on the database the failsafe execution
 * chose (H2, PostgreSQL or MariaDB).
 */
class PortalApiIT extends DeployedPlugin {

    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT = "0a1b2c3d-4e5f-6789-abcd-ef0123456789";

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObjectBuilder portal(String name, JsonObject credential) {
        JsonObjectBuilder portal = Json.createObjectBuilder()
                .add("name", name)
                .add("description", "Tenant of " + name)
                .add("tenantId", TENANT)
                .add("clientId", CLIENT)
                .add("excludedSkuIds", Json.createArrayBuilder().add("6FD2C87F-B296-42F0-B197-1E91E994B900"));
        return credential == null ? portal : portal.add("credential", credential);
    }

    private static JsonObject secret(String value) {
        return Json.createObjectBuilder()
                .add("type", "CLIENT_SECRET")
                .add("secretId", "a1b2c3")
                .add("secretValue", value)
                .add("secretExpiresOn", "2099-12-31")
                .build();
    }

    private Reply create(JsonObjectBuilder portal) {
        return client.post("api/portals", portal.build().toString(), Login.ADMIN);
    }

    private long createOk(JsonObjectBuilder portal) {
        Reply created = create(portal);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static List<String> errorFields(Reply reply) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json()
                .getJsonArray("errors")
                .forEach(e -> fields.add(e.asJsonObject().getString("field")));
        return fields;
    }

    @Test
    void createReadUpdateAndDelete() {
        String name = unique("Contoso");
        Reply created = create(portal(name, secret("v4lue-" + UUID.randomUUID())));

        assertThat(created.status()).isEqualTo(201);
        JsonObject body = created.json();
        long id = body.getJsonNumber("id").longValue();
        assertThat(created.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/portals/" + id));
        assertThat(body.getString("name")).isEqualTo(name);
        assertThat(body.getString("tenantId")).isEqualTo(TENANT);
        assertThat(body.getString("cloud")).isEqualTo("GLOBAL");
        assertThat(body.getJsonArray("excludedSkuIds").getString(0)).isEqualTo("6fd2c87f-b296-42f0-b197-1e91e994b900");
        JsonObject credential = body.getJsonObject("credential");
        assertThat(credential.getString("type")).isEqualTo("CLIENT_SECRET");
        assertThat(credential.getBoolean("secretSet")).isTrue();
        assertThat(credential.getString("secretExpiresOn")).isEqualTo("2099-12-31");

        Reply read = client.get("api/portals/" + id, Login.VIEWER);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(body);
        assertThat(client.get("api/portals", Login.VIEWER).jsonArray())
                .anySatisfy(p -> assertThat(p.asJsonObject().getString("name")).isEqualTo(name));

        String renamed = unique("Fabrikam");
        JsonObject edit = portal(renamed, null)
                .add("description", "moved")
                .add("cloud", "US_GOV")
                .add("excludedSkuIds", JsonValue.EMPTY_JSON_ARRAY)
                .build();
        Reply updated = client.put("api/portals/" + id, edit.toString(), Login.ADMIN);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().getString("name")).isEqualTo(renamed);
        assertThat(updated.json().getString("description")).isEqualTo("moved");
        assertThat(updated.json().getString("cloud")).isEqualTo("US_GOV");
        assertThat(updated.json().getJsonArray("excludedSkuIds")).isEmpty();
        assertThat(updated.json().getJsonObject("credential").getBoolean("secretSet"))
                .isTrue();
        assertThat(client.get("api/portals/" + id, Login.ADMIN).json().getString("name"))
                .isEqualTo(renamed);

        assertThat(client.delete("api/portals/" + id, Login.ADMIN).status()).isEqualTo(204);
        Reply gone = client.get("api/portals/" + id, Login.ADMIN);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(gone.json().getString("detail")).contains("no portal with id " + id);
    }

    @Test
    void nameIsUniqueRegardlessOfCase() {
        String name = unique("Northwind Traders");
        long first = createOk(portal(name, secret("x")));

        Reply duplicate = create(portal(name.toUpperCase(), secret("y")));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(errorFields(duplicate)).containsExactly("name");
        assertThat(duplicate.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("already exists");

        long second = createOk(portal(unique("Other"), secret("z")));
        Reply renameClash = client.put(
                "api/portals/" + second,
                portal(name.toLowerCase(), null).build().toString(),
                Login.ADMIN);
        assertThat(renameClash.status()).isEqualTo(409);
        assertThat(client.get("api/portals/" + second, Login.ADMIN).json().getString("name"))
                .startsWith("Other");
        assertThat(client.get("api/portals/" + first, Login.ADMIN).json().getString("name"))
                .isEqualTo(name);
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsStored() {
        int before = client.get("api/portals", Login.ADMIN).jsonArray().size();
        JsonObject bad = portal(unique("Bad"), secret("s"))
                .add("tenantId", "contoso.onmicrosoft.com")
                .add("clientId", "1234")
                .build();

        Reply refused = client.post("api/portals", bad.toString(), Login.ADMIN);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("tenantId", "clientId");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("must be a GUID");
        assertThat(client.get("api/portals", Login.ADMIN).jsonArray()).hasSize(before);

        Reply notJson = client.post("api/portals", "{\"name\": ", Login.ADMIN);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
        Reply badDate = client.post(
                "api/portals",
                portal(
                                unique("Date"),
                                Json.createObjectBuilder()
                                        .add("type", "CLIENT_SECRET")
                                        .add("secretExpiresOn", "31.12.2099")
                                        .build())
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(errorFields(badDate)).containsExactly("credential.secretExpiresOn");
        assertThat(badDate.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("YYYY-MM-DD");
        assertThat(client.get("api/portals", Login.ADMIN).jsonArray()).hasSize(before);
    }

    /** What the rules accept at their limits is stored as sent on this database; one more is refused by field. */
    @Test
    void theLongestTextsTheRulesAcceptAreStoredAndLongerOnesRefused() {
        String dotted = "\u0130";
        String emoji = "\uD83D\uDE00";
        String name = dotted.repeat(46) + UUID.randomUUID().toString().substring(0, 8);
        String description = "\u00e9".repeat(1000) + emoji.repeat(500);
        JsonObject longest = portal(name, secret(emoji.repeat(368)))
                .add("description", description)
                .build();
        Reply created = client.post("api/portals", longest.toString(), Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        JsonObject read = client.get("api/portals/" + id, Login.ADMIN).json();
        assertThat(read.getString("name")).isEqualTo(name);
        assertThat(read.getString("description")).isEqualTo(description);

        Reply twiceAsLongInLowerCase = create(portal(dotted.repeat(100), secret("s")));
        assertThat(twiceAsLongInLowerCase.status()).isEqualTo(400);
        assertThat(errorFields(twiceAsLongInLowerCase)).containsExactly("name");
        Reply tooLongEncrypted = create(portal(unique("Emoji"), secret(emoji.repeat(500))));
        assertThat(tooLongEncrypted.status()).isEqualTo(400);
        assertThat(errorFields(tooLongEncrypted)).containsExactly("credential.secretValue");
        Reply nul =
                create(portal("Contoso\u0000" + UUID.randomUUID(), secret("s")).add("description", "d"));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(errorFields(nul)).containsExactly("name");
        Reply numberAsName = client.post(
                "api/portals",
                portal("placeholder", secret("s")).build().toString().replace("\"placeholder\"", "5"),
                Login.ADMIN);
        assertThat(numberAsName.status()).isEqualTo(400);
        assertThat(errorFields(numberAsName)).containsExactly("name");
    }

    @Test
    void certificatesArePemOrPkcs12AndMustMatchTheirKey() throws Exception {
        TestCertificates.Issued issued = TestCertificates.rsa("plugin-it");
        String thumbprint = HexFormat.of()
                .withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-1")
                        .digest(issued.certificate().getEncoded()));

        Reply pem = create(portal(
                unique("Pem"),
                Json.createObjectBuilder()
                        .add("type", "CERTIFICATE")
                        .add("certificatePem", issued.certificatePem())
                        .add("privateKeyPem", issued.privateKeyPem())
                        .build()));
        assertThat(pem.status()).as(pem.body()).isEqualTo(201);
        JsonObject summary = pem.json().getJsonObject("credential");
        assertThat(summary.getString("type")).isEqualTo("CERTIFICATE");
        assertThat(summary.getBoolean("certificateSet")).isTrue();
        assertThat(summary.getBoolean("secretSet")).isFalse();
        assertThat(summary.getString("certificateThumbprint")).isEqualTo(thumbprint);
        assertThat(summary.getString("certificateSubject")).isEqualTo("CN=plugin-it");

        Reply pkcs12 = create(portal(
                unique("Pfx"),
                Json.createObjectBuilder()
                        .add("type", "CERTIFICATE")
                        .add("pkcs12Base64", issued.pkcs12Base64("pfx-pw"))
                        .add("pkcs12Password", "pfx-pw")
                        .build()));
        assertThat(pkcs12.status()).as(pkcs12.body()).isEqualTo(201);
        assertThat(pkcs12.json().getJsonObject("credential").getString("certificateThumbprint"))
                .isEqualTo(thumbprint);

        TestCertificates.Issued stranger = TestCertificates.rsa("stranger");
        Reply mismatch = create(portal(
                unique("Mismatch"),
                Json.createObjectBuilder()
                        .add("type", "CERTIFICATE")
                        .add("certificatePem", issued.certificatePem())
                        .add("privateKeyPem", stranger.privateKeyPem())
                        .build()));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(errorFields(mismatch)).containsExactly("credential.privateKeyPem");
        assertThat(mismatch.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo(
                        "The private key does not belong to this certificate. Supply the key that was created together with the certificate.");

        Reply wrongPassword = create(portal(
                unique("Pfx wrong"),
                Json.createObjectBuilder()
                        .add("type", "CERTIFICATE")
                        .add("pkcs12Base64", issued.pkcs12Base64("pfx-pw"))
                        .add("pkcs12Password", "guess")
                        .build()));
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(errorFields(wrongPassword)).containsExactly("credential.pkcs12Password");
    }

    @Test
    void readingNeedsALoginAndChangingNeedsTheAdminRole() {
        long id = createOk(portal(unique("Roles"), secret("r")));
        String edit = portal(unique("Hijacked"), null).build().toString();

        Reply anonymous = client.get("api/portals", Login.NOBODY);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.challenge()).hasValueSatisfying(c -> assertThat(c).startsWith("Basic"));
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().getInt("status")).isEqualTo(401);
        assertThat(client.post(
                                "api/portals",
                                portal(unique("Anon"), secret("a")).build().toString(),
                                Login.NOBODY)
                        .status())
                .isEqualTo(401);
        assertThat(client.get("api/portals", new Login("it-admin", "wrong")).status())
                .isEqualTo(401);

        assertThat(client.get("api/portals/" + id, Login.VIEWER).status()).isEqualTo(200);
        assertThat(client.post(
                                "api/portals",
                                portal(unique("Viewer"), secret("v")).build().toString(),
                                Login.VIEWER)
                        .status())
                .isEqualTo(403);
        Reply forbidden = client.put("api/portals/" + id, edit, Login.VIEWER);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().getString("detail")).contains("m365-admin");
        assertThat(client.delete("api/portals/" + id, Login.VIEWER).status()).isEqualTo(403);
        assertThat(client.get("api/portals/" + id, Login.VIEWER).json().getString("name"))
                .startsWith("Roles");
    }

    @Test
    void secretsNeverLeaveTheServerAndRestEncrypted() throws Exception {
        String secretValue = "Sv8Q~" + UUID.randomUUID();
        TestCertificates.Issued issued = TestCertificates.rsa("secret-it");
        String keyBase64 =
                Base64.getEncoder().encodeToString(issued.keys().getPrivate().getEncoded());

        long secretPortal = createOk(portal(unique("Secret"), secret(secretValue)));
        long certificatePortal = createOk(portal(
                unique("Cert"),
                Json.createObjectBuilder()
                        .add("type", "CERTIFICATE")
                        .add("certificatePem", issued.certificatePem())
                        .add("privateKeyPem", issued.privateKeyPem())
                        .build()));
        JsonObject keepSecret = portal(
                        unique("Secret renamed"),
                        Json.createObjectBuilder()
                                .add("type", "CLIENT_SECRET")
                                .add("secretId", "rotated-id")
                                .add("secretExpiresOn", "2098-01-01")
                                .build())
                .build();
        Reply edited = client.put("api/portals/" + secretPortal, keepSecret.toString(), Login.ADMIN);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().getJsonObject("credential").getString("secretId"))
                .isEqualTo("rotated-id");
        client.get("api/portals", Login.ADMIN);
        client.get("api/portals/" + certificatePortal, Login.VIEWER);
        client.post("api/portals", portal("", secret(secretValue)).build().toString(), Login.ADMIN);

        assertThat(client.bodies())
                .isNotEmpty()
                .allSatisfy(body -> assertThat(body)
                        .doesNotContain(secretValue)
                        .doesNotContain(keyBase64.substring(100, 160))
                        .doesNotContain("PRIVATE KEY"));

        try (Connection db = ItDatabase.connect();
                PreparedStatement query = db.prepareStatement("SELECT * FROM M365_PORTAL WHERE ID IN (?, ?)")) {
            query.setLong(1, secretPortal);
            query.setLong(2, certificatePortal);
            try (ResultSet rows = query.executeQuery()) {
                int count = 0;
                while (rows.next()) {
                    count++;
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        String value = rows.getString(column);
                        if (value != null) {
                            assertThat(value).doesNotContain(secretValue).doesNotContain(keyBase64.substring(100, 160));
                        }
                    }
                    String sealed =
                            rows.getString(rows.getLong("ID") == secretPortal ? "SECRET_VALUE_ENC" : "PRIVATE_KEY_ENC");
                    assertThat(sealed).isNotBlank();
                    assertThat(Base64.getDecoder().decode(sealed)).hasSizeGreaterThan(28);
                }
                assertThat(count).isEqualTo(2);
            }
        }
    }

    @Test
    void deletingAPortalKeepsWhatItImportedAsNotSynchronised() throws Exception {
        long id = createOk(portal(unique("Imported"), secret("i")));
        try (Connection db = ItDatabase.connect();
                Statement sql = db.createStatement()) {
            long base = 900_000 + (id % 1000) * 10;
            sql.executeUpdate("INSERT INTO M365_PRODUCT_FOLDER (ID, VERSION, PARENT_ID, NAME) VALUES (" + base
                    + ", 1, NULL, 'F" + id + "')");
            sql.executeUpdate(
                    "INSERT INTO M365_LICENCE (ID, VERSION, PORTAL_ID, SOURCE_NAME, SKU_ID, SKU_PART_NUMBER, TITLE,"
                            + " ENABLED_UNITS, SUSPENDED_UNITS, WARNING_UNITS, LOCKED_OUT_UNITS, CONSUMED_UNITS, SYNC_STATUS) VALUES ("
                            + (base + 1) + ", 1, " + id
                            + ", 'Imported', '6fd2c87f-b296-42f0-b197-1e91e994b900', 'ENTERPRISEPACK',"
                            + " 'Office 365 E3', 25, 0, 0, 0, 20, 'SYNCHRONISED')");
            sql.executeUpdate(
                    "INSERT INTO M365_PRODUCT (ID, VERSION, LICENCE_ID, NAME, FOLDER_ID, ORIGIN, CONSUMER_TYPE, SYNC_STATUS)"
                            + " VALUES (" + (base + 2) + ", 1, " + (base + 1) + ", 'Imported Office 365 E3', " + base
                            + ", 'IMPORTED', 'MICROSOFT_365', 'SYNCHRONISED')");
            sql.executeUpdate(
                    "INSERT INTO M365_CONTACT (ID, VERSION, ENTRA_OBJECT_ID, PORTAL_ID, DISPLAY_NAME, ACCOUNT_ENABLED,"
                            + " SYNC_STATUS) VALUES (" + (base + 3) + ", 1, '" + UUID.randomUUID() + "', " + id
                            + ", 'Adele', TRUE, 'SYNCHRONISED')");

            assertThat(client.delete("api/portals/" + id, Login.ADMIN).status()).isEqualTo(204);

            for (String table : List.of("M365_LICENCE", "M365_PRODUCT", "M365_CONTACT")) {
                try (ResultSet row = sql.executeQuery("SELECT SYNC_STATUS, SYNC_PROBLEM FROM " + table
                        + " WHERE ID BETWEEN " + base + " AND " + (base + 9))) {
                    assertThat(row.next()).as(table + " kept").isTrue();
                    assertThat(row.getString(1)).as(table).isEqualTo("CANNOT_BE_SYNCHRONISED");
                    assertThat(row.getString(2)).as(table).isEqualTo("PORTAL_DELETED");
                }
            }
            try (ResultSet licence =
                    sql.executeQuery("SELECT PORTAL_ID, SOURCE_NAME FROM M365_LICENCE WHERE ID = " + (base + 1))) {
                assertThat(licence.next()).isTrue();
                assertThat(licence.getObject(1)).isNull();
                assertThat(licence.getString(2)).isEqualTo("Imported");
            }
        }
    }
}
