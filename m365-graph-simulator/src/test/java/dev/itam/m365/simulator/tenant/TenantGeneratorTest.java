package dev.itam.m365.simulator.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantGeneratorTest {

    private static List<String> fingerprint(Tenant tenant) {
        return tenant.read(t -> t.userSlots().stream()
                .map(u -> u.id() + u.displayName() + u.userPrincipalName() + u.accountEnabled() + u.assignments())
                .toList());
    }

    @Test
    void theSameSpecGivesTheSameTenant() {
        Tenant first = TenantGenerator.generate(TenantSpec.of(42, 500, 10));
        Tenant second = TenantGenerator.generate(TenantSpec.of(42, 500, 10));
        Tenant other = TenantGenerator.generate(TenantSpec.of(43, 500, 10));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(fingerprint(second)).isEqualTo(fingerprint(first));
        assertThat(second.apps().iterator().next().firstSecret())
                .isEqualTo(first.apps().iterator().next().firstSecret());
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(fingerprint(other)).isNotEqualTo(fingerprint(first));
    }

    @Test
    void consumedUnitsMatchAssignments() {
        Tenant tenant = TenantGenerator.generate(TenantSpec.of(7, 3_000, 12));
        Map<String, Integer> holders = new HashMap<>();
        tenant.read(t -> {
            t.userSlots().forEach(u -> u.assignments().forEach(a -> holders.merge(a.skuId(), 1, Integer::sum)));
            return null;
        });
        tenant.read(t -> {
            t.skus()
                    .forEach(s ->
                            assertThat(s.consumed()).as(s.partNumber()).isEqualTo(holders.getOrDefault(s.skuId(), 0)));
            return null;
        });
    }

    @Test
    void tenantsLookLikeRealOnes() {
        Tenant tenant = TenantGenerator.generate(TenantSpec.of(1, 5_000, 12));
        List<SimUser> users = tenant.read(t -> List.copyOf(t.userSlots()));
        List<SimSku> skus = tenant.read(t -> List.copyOf(t.skus()));

        assertThat(users).hasSize(5_000).extracting(SimUser::id).doesNotHaveDuplicates();
        assertThat(users.stream().filter(u -> !u.accountEnabled()).count()).isBetween(150L, 400L);
        assertThat(users.stream().filter(u -> u.assignments().isEmpty()).count())
                .isBetween(350L, 650L);
        assertThat(users.stream()
                        .flatMap(u -> u.assignments().stream())
                        .filter(a -> a.groupId() != null)
                        .count())
                .isPositive();
        assertThat(users).allSatisfy(u -> assertThat(u.userPrincipalName()).endsWith("@" + tenant.domain()));
        assertThat(skus).extracting(SimSku::appliesTo).contains("Company");
        assertThat(skus).extracting(SimSku::capabilityStatus).contains("Enabled", "Warning", "Suspended");
        assertThat(skus).anySatisfy(s -> assertThat(s.trial()).isTrue());
        assertThat(skus).anySatisfy(s -> assertThat(s.enabled()).isGreaterThan(s.consumed()));
        assertThat(skus)
                .anySatisfy(
                        s -> assertThat(s.enabled()).isLessThan(s.consumed()).isPositive());
        assertThat(skus)
                .anySatisfy(s -> assertThat(s.enabled()).isEqualTo(s.consumed()).isPositive());
    }

    @Test
    void twoHundredThousandUsersAreGenerated() {
        Tenant tenant = TenantGenerator.generate(TenantSpec.of(2, 200_000, 20));
        assertThat(tenant.read(Tenant::liveUserCount)).isEqualTo(200_000);
    }
}
