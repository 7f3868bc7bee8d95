package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantSpec;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A 20,000-user tenant imported on PostgreSQL by a Payara Micro limited to 512 MB of heap. Prints
 * the time and the peak heap it took; asserts only the outcome, never the time.
 */
class LargeTenantIT extends DeployedPlugin {

    private static final int USERS = 20_000;

    @Test
    void importsATwentyThousandUserTenant() throws Exception {
        Tenant tenant = ItSimulator.get().addTenant(TenantSpec.of(20_000, USERS, 20));
        Reply created = client.post(
                "api/portals",
                TestPortals.forTenant("Large tenant", tenant).build().toString(),
                Login.ADMIN);
        long portalId = created.json().getJsonNumber("id").longValue();

        try (HeapSampler heap = HeapSampler.ofPluginServer()) {
            long start = System.nanoTime();
            JsonObject first =
                    client.post("api/imports/" + portalId, "", Login.ADMIN).json();
            double firstSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            JsonObject second =
                    client.post("api/imports/" + portalId, "", Login.ADMIN).json();
            double secondSeconds = (System.nanoTime() - start) / 1e9;

            System.out.printf(
                    "%n20,000-user tenant on %s: first import %.1f s (%,.0f users/s), unchanged re-import"
                            + " %.1f s, peak heap of the server %d MB (limit 512 MB)%n%n",
                    ItDatabase.kind(), firstSeconds, USERS / firstSeconds, secondSeconds, heap.peakMegabytes());

            assertThat(first.getString("outcome")).as(first.toString()).isEqualTo("SUCCEEDED");
            assertThat(second.getString("outcome")).isEqualTo("SUCCEEDED");
            assertThat(first.getJsonObject("figures").getInt("contactsCreated"))
                    .isEqualTo(TenantExpectation.contacts(tenant, Set.of()).size());
            assertThat(first.getJsonObject("figures").getInt("assignmentsCreated"))
                    .isEqualTo(TenantExpectation.assignments(tenant, Set.of()).size());
            assertThat(second.getJsonObject("figures").getInt("contactsUpdated"))
                    .isZero();
            assertThat(PortalData.of(portalId).assignments())
                    .isEqualTo(TenantExpectation.assignments(tenant, Set.of()));
        }
    }
}
