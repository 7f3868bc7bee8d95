package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.TestCertificates;
import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The audit log through REST: each audited action as an admin takes it, entry for entry (who, what,
 * on which subject, which fields), with no secret anywhere in the answer; refused actions leave
 * nothing; only admins read it. Each test reads the entries since it began: tests run one at a time.
 */
class AuditIT extends DeployedPlugin {

    private static final String ADMIN = "USER it-admin ";

    @Test
    void everyActionIsAuditedWithWhoWhatAndWhichFieldsAndNeverASecret() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(16_601, 120, 5));
        AppRegistration app = tenant.apps().iterator().next();
        String name = "Audit " + System.nanoTime();
        List<String> expected = new ArrayList<>();

        Reply created = client.post(
                "api/portals", TestPortals.forTenant(name, tenant).build().toString(), Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long portalId = created.json().getJsonNumber("id").longValue();
        expected.add(ADMIN + "PORTAL_CREATED " + portalId + " " + name + " [] null");

        Reply refused = client.put(
                "api/portals/" + portalId,
                TestPortals.forTenant("", tenant).build().toString(),
                Login.ADMIN);
        assertThat(refused.status()).as("a nameless portal").isEqualTo(400);

        long importNow = runId(client.post("api/imports/" + portalId + "?recalculate=true", "", Login.ADMIN));
        expected.add(ADMIN + "IMPORT_NOW_STARTED " + importNow + " " + name + " [] null");

        AppRegistration.Secret second = new AppRegistration.Secret(
                UUID.randomUUID().toString(),
                "second~" + UUID.randomUUID(),
                Instant.now().plus(Duration.ofDays(365)));
        app.addSecret(second);
        JsonObject edit = TestPortals.forTenant(name, tenant)
                .add("description", "Rotated the secret")
                .add(
                        "credential",
                        Json.createObjectBuilder()
                                .add("type", "CLIENT_SECRET")
                                .add("secretId", second.secretId())
                                .add("secretValue", second.value())
                                .add("secretExpiresOn", "2099-01-01"))
                .build();
        Reply changed = client.put("api/portals/" + portalId, edit.toString(), Login.ADMIN);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        expected.add(ADMIN + "PORTAL_CHANGED " + portalId + " " + name
                + " [credential.secretId, credential.secretValue, description] null");

        long imported = runId(client.post("api/imports/" + portalId, "", Login.ADMIN));
        expected.add(ADMIN + "IMPORT_STARTED " + imported + " " + name + " [] null");
        long recalculated = runId(client.post("api/tasks/recalculation", "", Login.ADMIN));
        expected.add(ADMIN + "RECALCULATION_STARTED " + recalculated + " null [] null");
        Reply full = client.post("api/tasks/full-recalculation", "", Login.ADMIN);
        assertThat(full.status()).as(full.body()).isEqualTo(202);
        long fullRun = full.json().getJsonNumber("id").longValue();
        new PortalImports(client).awaitEnd(fullRun);
        expected.add(ADMIN + "FULL_RECALCULATION_STARTED " + fullRun + " null [] null");

        SimSku sku = PortalImports.skus(tenant).get(0);
        JsonObject licence = new PortalImports(client).licences(portalId).get(sku.skuId());
        long licenceId = licence.getJsonNumber("licenceId").longValue();
        JsonObject price =
                client.get("api/licences/" + licenceId + "/price", Login.VIEWER).json();
        String licenceName = price.getString("source") + " " + price.getString("title");
        assertThat(client.put("api/licences/" + licenceId + "/price", price(-1), Login.ADMIN)
                        .status())
                .as("a negative price")
                .isEqualTo(400);
        assertThat(client.put("api/licences/" + licenceId + "/price", price(12.5), Login.ADMIN)
                        .status())
                .isEqualTo(200);
        expected.add(ADMIN + "PRICE_SET " + licenceId + " " + licenceName
                + " [amount, currency, period] 12.50 EUR per MONTH");
        assertThat(client.put("api/licences/" + licenceId + "/price", price(13), Login.ADMIN)
                        .status())
                .isEqualTo(200);
        expected.add(ADMIN + "PRICE_SET " + licenceId + " " + licenceName + " [amount] 13.00 EUR per MONTH");

        JsonObject user = client.get("api/reclaim?portalId=" + portalId, Login.VIEWER).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .findFirst()
                .orElseThrow();
        long contactId = user.getJsonNumber("contactId").longValue();
        String upn = user.getString("userPrincipalName");
        String note = "{\"note\": \"Shared mailbox\"}";
        assertThat(client.put("api/reclaim/exemptions/" + contactId, "{\"note\": \"\"}", Login.ADMIN)
                        .status())
                .as("an exemption without a note")
                .isEqualTo(400);
        assertThat(client.put("api/reclaim/exemptions/" + contactId, note, Login.ADMIN)
                        .status())
                .isEqualTo(200);
        expected.add(ADMIN + "USER_EXEMPTED " + contactId + " " + upn + " [note] null");
        assertThat(client.delete("api/reclaim/exemptions/" + contactId, Login.ADMIN)
                        .status())
                .isEqualTo(204);
        expected.add(ADMIN + "EXEMPTION_REMOVED " + contactId + " " + upn + " [] null");
        assertThat(client.delete("api/reclaim/exemptions/" + contactId, Login.ADMIN)
                        .status())
                .as("removing no exemption removes nothing and is no entry")
                .isEqualTo(204);

        assertThat(client.delete("api/licences/" + licenceId + "/price", Login.ADMIN)
                        .status())
                .isEqualTo(204);
        expected.add(ADMIN + "PRICE_REMOVED " + licenceId + " " + licenceName + " [] null");
        Reply uploaded = client.put(
                "api/prices",
                "skuPartNumber,amount,currency,period\n" + sku.skuId() + ",9.90,EUR,MONTH\n",
                "text/csv",
                Login.ADMIN);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        expected.add(ADMIN + "PRICES_UPLOADED null null [] Lines: 1, licences priced: "
                + uploaded.json().getInt("licences"));

        TestCertificates.Issued issued = TestCertificates.rsa("audit-it");
        JsonObject toCertificate = TestPortals.forTenant(name, tenant)
                .add("description", "Rotated the secret")
                .add(
                        "credential",
                        Json.createObjectBuilder()
                                .add("type", "CERTIFICATE")
                                .add("certificatePem", issued.certificatePem())
                                .add("privateKeyPem", issued.privateKeyPem()))
                .build();
        Reply certificate = client.put("api/portals/" + portalId, toCertificate.toString(), Login.ADMIN);
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(200);
        expected.add(ADMIN + "PORTAL_CHANGED " + portalId + " " + name
                + " [credential.certificate, credential.privateKey, credential.secretExpiresOn,"
                + " credential.secretId, credential.secretValue, credential.type] null");

        assertThat(client.delete("api/portals/" + portalId, Login.ADMIN).status())
                .isEqualTo(204);
        expected.add(ADMIN + "PORTAL_DELETED " + portalId + " " + name + " [] null");

        Reply log = client.get("api/audit?max=1000&from=" + start, Login.ADMIN);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        List<String> newestFirst = new ArrayList<>(expected);
        Collections.reverse(newestFirst);
        assertThat(entries(log)).as("newest first").containsExactlyElementsOf(newestFirst);
        assertThat(log.totalCount()).contains(Integer.toString(expected.size()));

        String everything = client.get("api/audit?max=1000", Login.ADMIN).body();
        assertThat(everything)
                .as("no secret, key or certificate in the audit log")
                .doesNotContain(app.firstSecret().value(), second.value(), certificateBody(issued.certificatePem()))
                .doesNotContain(certificateBody(issued.privateKeyPem()));

        Reply prices = client.get("api/audit?action=PRICE_SET&from=" + start, Login.ADMIN);
        assertThat(entries(prices)).containsExactly(expected.get(7), expected.get(6));
        assertThat(prices.totalCount()).contains("2");
        Reply page = client.get("api/audit?first=1&max=2&from=" + start, Login.ADMIN);
        assertThat(entries(page)).containsExactly(expected.get(expected.size() - 2), expected.get(expected.size() - 3));
        assertThat(page.totalCount()).contains(Integer.toString(expected.size()));
        Instant oldest =
                Instant.parse(log.jsonArray().getJsonObject(expected.size() - 1).getString("at"));
        assertThat(entries(client.get("api/audit?from=" + oldest.minusMillis(1) + "&to=" + oldest, Login.ADMIN)))
                .as("'to' excludes its moment")
                .isEmpty();
        assertThat(entries(client.get("api/audit?from=" + oldest + "&to=" + start.plusSeconds(3600), Login.ADMIN)))
                .as("'from' includes its moment")
                .endsWith(expected.get(0));
    }

    @Test
    void refusedActionsLeaveNoEntry() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(16_602, 20, 2));

        assertThat(client.post(
                                "api/portals",
                                TestPortals.forTenant("Audit refused " + System.nanoTime(), tenant)
                                        .add("tenantId", "not-a-guid")
                                        .build()
                                        .toString(),
                                Login.ADMIN)
                        .status())
                .isEqualTo(400);
        assertThat(client.post(
                                "api/portals",
                                TestPortals.forTenant("Audit viewer " + System.nanoTime(), tenant)
                                        .build()
                                        .toString(),
                                Login.VIEWER)
                        .status())
                .isEqualTo(403);
        assertThat(client.delete("api/portals/999999999", Login.ADMIN).status()).isEqualTo(404);
        assertThat(client.put("api/licences/999999999/price", price(1), Login.ADMIN)
                        .status())
                .isEqualTo(404);
        assertThat(client.put("api/reclaim/exemptions/999999999", "{\"note\": \"x\"}", Login.ADMIN)
                        .status())
                .isEqualTo(404);
        assertThat(client.post("api/imports/999999999", "", Login.ADMIN).status())
                .isEqualTo(404);
        assertThat(client.put("api/prices", "skuPartNumber,amount\nnope,1\n", "text/csv", Login.ADMIN)
                        .status())
                .isEqualTo(400);

        Reply log = client.get("api/audit?from=" + start, Login.ADMIN);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat(log.jsonArray()).isEmpty();
        assertThat(log.totalCount()).contains("0");
    }

    @Test
    void onlyAdminsReadTheLogAndItsParametersAreChecked() {
        assertThat(client.get("api/audit", Login.VIEWER).status()).isEqualTo(403);
        assertThat(client.get("api/audit", Login.NOBODY).status()).isEqualTo(401);
        assertThat(client.get("api/audit", Login.ADMIN).status()).isEqualTo(200);

        Reply wrong = client.get("api/audit?action=PORTAL_EATEN&from=yesterday&max=0", Login.ADMIN);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getJsonArray("errors").stream()
                        .map(v -> v.asJsonObject().getString("field"))
                        .toList())
                .containsExactlyInAnyOrder("action", "from", "max");
        assertThat(client.get("api/audit?from=2026-12-31&to=2026-12-30", Login.ADMIN)
                        .status())
                .isEqualTo(400);
    }

    /** An entry as {@code KIND actor ACTION subjectId subjectName [fields] detail}. */
    private static List<String> entries(Reply log) {
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        return log.jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .map(e -> e.getString("actorKind") + " " + text(e, "actor") + " " + e.getString("action") + " "
                        + (!e.containsKey("subjectId") || e.isNull("subjectId") ? "null" : e.getJsonNumber("subjectId"))
                        + " " + text(e, "subjectName") + " "
                        + e.getJsonArray("changedFields").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString)
                                .collect(Collectors.joining(", ", "[", "]"))
                        + " " + text(e, "detail"))
                .toList();
    }

    private static String text(JsonObject entry, String field) {
        return !entry.containsKey(field) || entry.isNull(field) ? "null" : entry.getString(field);
    }

    private static String price(double amount) {
        return Json.createObjectBuilder()
                .add("amount", amount)
                .add("currency", "EUR")
                .add("period", "MONTH")
                .build()
                .toString();
    }

    /** A PEM's Base64 lines without their armour: what would show if a key were logged. */
    private static String certificateBody(String pem) {
        return pem.lines().filter(line -> !line.startsWith("-----")).findFirst().orElseThrow();
    }

    private static long runId(Reply run) {
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().getString("outcome")).as(run.body()).isEqualTo("SUCCEEDED");
        return run.json().getJsonNumber("id").longValue();
    }
}
