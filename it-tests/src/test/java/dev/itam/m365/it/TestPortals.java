package dev.itam.m365.it;

import dev.itam.m365.simulator.tenant.AppRegistration;
import dev.itam.m365.simulator.tenant.Tenant;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;

/** The portal JSON that connects a simulated tenant with its generated app and secret. */
final class TestPortals {

    private TestPortals() {}

    static JsonObjectBuilder forTenant(String name, Tenant tenant) {
        return forTenant(name, tenant, Set.of());
    }

    static JsonObjectBuilder forTenant(String name, Tenant tenant, Set<String> excludedSkuIds) {
        AppRegistration app = tenant.apps().iterator().next();
        JsonArrayBuilder exclusions = Json.createArrayBuilder();
        excludedSkuIds.forEach(exclusions::add);
        return Json.createObjectBuilder()
                .add("name", name)
                .add("tenantId", tenant.id())
                .add("clientId", app.clientId())
                .add("excludedSkuIds", exclusions)
                .add(
                        "credential",
                        Json.createObjectBuilder()
                                .add("type", "CLIENT_SECRET")
                                .add("secretId", app.firstSecret().secretId())
                                .add("secretValue", app.firstSecret().value())
                                .add("secretExpiresOn", "2099-01-01"));
    }
}
