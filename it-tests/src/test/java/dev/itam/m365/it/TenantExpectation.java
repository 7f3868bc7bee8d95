package dev.itam.m365.it;

import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import java.util.Set;
import java.util.TreeSet;

/** What licence management should hold after importing a simulated tenant, in {@link PortalData}'s row format. */
final class TenantExpectation {

    private TenantExpectation() {}

    static Set<String> licences(Tenant tenant, Set<String> excluded) {
        return tenant.read(t -> {
            Set<String> rows = new TreeSet<>();
            t.skus().stream()
                    .filter(s -> !excluded.contains(s.skuId()))
                    .forEach(s -> rows.add(String.join(
                            "|",
                            s.skuId(),
                            s.partNumber(),
                            Integer.toString(s.enabled()),
                            Integer.toString(s.consumed()),
                            "SYNCHRONISED",
                            "null")));
            return rows;
        });
    }

    static Set<String> products(Tenant tenant, Set<String> excluded, String portalName) {
        return tenant.read(t -> {
            Set<String> rows = new TreeSet<>();
            t.skus().stream()
                    .filter(s -> !excluded.contains(s.skuId()))
                    .forEach(s -> rows.add(String.join(
                            "|", s.skuId(), portalName, "IMPORTED", "MICROSOFT_365", "SYNCHRONISED", "null")));
            return rows;
        });
    }

    /** Users holding at least one imported licence: object id, display name, enabled. */
    static Set<String> contacts(Tenant tenant, Set<String> excluded) {
        return tenant.read(t -> {
            Set<String> rows = new TreeSet<>();
            for (SimUser user : t.userSlots()) {
                if (!user.deleted()
                        && (user.assignments().stream().anyMatch(a -> !excluded.contains(a.skuId()))
                                || user.assignmentStates().stream()
                                        .anyMatch(a -> !excluded.contains(a.skuId())
                                                && a.error() != dev.itam.m365.simulator.tenant.LicenseError.NONE))) {
                    rows.add(user.id() + "|" + user.displayName() + "|" + user.accountEnabled());
                }
            }
            return rows;
        });
    }

    static Set<String> assignments(Tenant tenant, Set<String> excluded) {
        return tenant.read(t -> {
            Set<String> rows = new TreeSet<>();
            for (SimUser user : t.userSlots()) {
                if (!user.deleted()) {
                    user.assignments().stream()
                            .filter(a -> !excluded.contains(a.skuId()))
                            .forEach(a -> rows.add(user.id() + "|" + a.skuId() + "|MICROSOFT_365"));
                }
            }
            return rows;
        });
    }
}
