package dev.itam.m365.simulator.tenant;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The tenants the simulator serves, found by id or by their onmicrosoft.com domain like Entra does. */
public final class TenantDirectory {

    private final Map<String, Tenant> byKey = new ConcurrentHashMap<>();
    private final Map<String, Tenant> byId = new ConcurrentHashMap<>();

    public Tenant add(Tenant tenant) {
        if (byId.putIfAbsent(tenant.id(), tenant) != null) {
            throw new IllegalArgumentException("Tenant " + tenant.id() + " exists already");
        }
        byKey.put(tenant.id(), tenant);
        byKey.put(tenant.domain().toLowerCase(Locale.ROOT), tenant);
        return tenant;
    }

    public Optional<Tenant> find(String idOrDomain) {
        return Optional.ofNullable(byKey.get(idOrDomain.toLowerCase(Locale.ROOT)));
    }

    public Collection<Tenant> all() {
        return byId.values();
    }
}
