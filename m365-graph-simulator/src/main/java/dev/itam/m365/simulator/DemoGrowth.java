package dev.itam.m365.simulator;

import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Makes the demo tenant's busiest licence more wanted over time: every tick one user who does not
 * hold it gets it directly. With the plugin importing and recalculating often, the trends page draws
 * a rising line within minutes of the demo's start, where a real tenant takes weeks.
 */
final class DemoGrowth implements AutoCloseable {

    private final Tenant tenant;
    private ScheduledExecutorService ticks;

    DemoGrowth(Tenant tenant) {
        this.tenant = tenant;
    }

    /** Ticks every {@code interval} until closed. */
    DemoGrowth every(Duration interval) {
        ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-growth");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleAtFixedRate(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Assigns the most consumed licence to the first live user without it; the user it chose, if any. */
    Optional<String> tick() {
        Optional<String> sku = tenant.read(t ->
                t.skus().stream().max(Comparator.comparingInt(SimSku::consumed)).map(SimSku::skuId));
        if (sku.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> user = tenant.read(t -> t.userSlots().stream()
                .filter(u -> !u.deleted()
                        && u.assignments().stream().noneMatch(a -> a.skuId().equals(sku.get())))
                .map(SimUser::id)
                .findFirst());
        user.ifPresent(id -> tenant.assign(id, sku.get(), null));
        return user;
    }

    @Override
    public void close() {
        if (ticks != null) {
            ticks.shutdownNow();
        }
    }
}
