package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.TenantGenerator;
import dev.itam.m365.simulator.tenant.TenantSpec;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demo's growth: each tick one more user holds the busiest licence, until everybody does. */
class DemoGrowthTest {

    @Test
    void eachTickGivesTheBusiestLicenceToOneMoreUserUntilEverybodyHoldsIt() {
        Tenant tenant = TenantGenerator.generate(TenantSpec.of(5, 40, 3), Clock.systemUTC());
        SimSku busiest = tenant.read(t ->
                t.skus().stream().max(Comparator.comparingInt(SimSku::consumed)).orElseThrow());
        int before = busiest.consumed();
        DemoGrowth growth = new DemoGrowth(tenant);

        Optional<String> first = growth.tick();

        assertThat(first).isPresent();
        assertThat(consumed(tenant, busiest)).isEqualTo(before + 1);
        boolean holds = tenant.read(t -> t.user(first.get()).assignments().stream()
                .anyMatch(a -> a.skuId().equals(busiest.skuId())));
        assertThat(holds).isTrue();
        int ticks = 1;
        while (growth.tick().isPresent()) {
            ticks++;
        }
        assertThat(consumed(tenant, busiest)).isEqualTo(before + ticks);
        int users = tenant.read(Tenant::liveUserCount);
        assertThat(users).as("everybody holds it now").isEqualTo(before + ticks);
    }

    private static int consumed(Tenant tenant, SimSku sku) {
        return tenant.read(t -> t.sku(sku.skuId()).consumed());
    }
}
