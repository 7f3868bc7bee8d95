package dev.itam.m365.operations.application;

import dev.itam.m365.tasks.application.LeaseKeeper;
import dev.itam.m365.tasks.application.LeaseKeeper.Rounds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: DOWN only when the task kernel's lease rounds stopped, which only an error (out of
 * memory, a class that cannot load) does, since a round survives every exception. Such a server keeps
 * answering but renews no lease and frees no lapsed one, and only a restart brings the rounds back.
 * A database that is down, a tenant that fails, an expired secret are no reason to restart: a
 * restart would change none of them, and killing servers for them would only add outages.
 */
@Liveness
@ApplicationScoped
public class LeaseRoundsCheck implements HealthCheck {

    static final String NAME = "m365-task-leases";

    @Inject
    LeaseKeeper keeper;

    @Override
    public HealthCheckResponse call() {
        return response(keeper.rounds(), keeper.lastRound(), keeper.runningTasks());
    }

    static HealthCheckResponse response(Rounds rounds, Optional<Instant> lastRound, int runningTasks) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rounds", rounds.name());
        lastRound.ifPresent(at -> data.put("lastRoundAt", at.toString()));
        data.put("runningTasks", (long) runningTasks);
        return new HealthCheckResponse(NAME, rounds == Rounds.STOPPED ? Status.DOWN : Status.UP, Optional.of(data));
    }
}
