package dev.itam.m365.tasks.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.graph.MovableClock;
import dev.itam.m365.graph.TestConfig;
import dev.itam.m365.tasks.domain.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A task's heartbeat renews its leases in the database only once a quarter of the lease timeout
 * (by default) has passed since their last renewal, yet a lost lease or an overrun stops the task
 * as before: at the first renewal due, or at once when the keeper's round or the clock found it.
 */
class LeaseKeeperTest {

    private static final Instant TAKEN = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration LEASE_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration MAX_RUN_TIME = Duration.ofHours(4);

    private final MovableClock clock = new MovableClock(TAKEN);
    private final CountedLeases leases = new CountedLeases();
    private final Execution execution = new Execution(List.of(Lease.IMPORT), "node-a", TAKEN, TAKEN.plus(MAX_RUN_TIME));

    @Test
    void heartbeatsRenewInTheDatabaseOnlyOnceAQuarterOfTheLeaseTimeoutPassed() {
        LeaseKeeper keeper = keeper(Map.of());

        keeper.heartbeat(execution);
        clock.advance(Duration.ofSeconds(149));
        keeper.heartbeat(execution);
        assertThat(leases.renewals).as("within 2.5 minutes of taking the lease").isZero();

        clock.advance(Duration.ofSeconds(1));
        keeper.heartbeat(execution);
        assertThat(leases.renewals).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        keeper.heartbeat(execution);
        assertThat(leases.renewals)
                .as("counted from the last renewal, not from taking")
                .isEqualTo(1);
        clock.advance(Duration.ofSeconds(30));
        keeper.heartbeat(execution);
        assertThat(leases.renewals).isEqualTo(2);
    }

    @Test
    void aRenewalOfTheKeepersRoundPutsOffTheHeartbeatsNext() {
        LeaseKeeper keeper = keeper(Map.of());

        clock.advance(Duration.ofMinutes(2));
        keeper.renew(execution);
        clock.advance(Duration.ofMinutes(2));
        keeper.heartbeat(execution);

        assertThat(leases.renewals).as("the round's renewal only").isEqualTo(1);
    }

    @Test
    void aLeaseTakenOverIsFoundByTheFirstHeartbeatWhoseRenewalIsDue() {
        LeaseKeeper keeper = keeper(Map.of());
        leases.held = false;

        clock.advance(Duration.ofMinutes(3));
        assertThatThrownBy(() -> keeper.heartbeat(execution))
                .isInstanceOf(LeaseLostException.class)
                .hasMessageContaining("another server instance took it over");
        assertThatThrownBy(() -> keeper.heartbeat(execution)).isInstanceOf(LeaseLostException.class);
        assertThat(leases.renewals).as("a lost holding is not renewed again").isEqualTo(1);
    }

    @Test
    void aLeaseTheKeepersRoundFoundLostStopsTheNextHeartbeatWithoutAskingTheDatabase() {
        LeaseKeeper keeper = keeper(Map.of());
        leases.held = false;
        keeper.renew(execution);

        assertThatThrownBy(() -> keeper.heartbeat(execution)).isInstanceOf(LeaseLostException.class);
        assertThat(leases.renewals).isEqualTo(1);
    }

    @Test
    void aTaskOverItsMaximumRunTimeStopsAtItsNextHeartbeatThoughNoRenewalIsDue() {
        LeaseKeeper keeper = keeper(Map.of());
        clock.advance(MAX_RUN_TIME.minusMinutes(1));
        keeper.renew(execution);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThatThrownBy(() -> keeper.heartbeat(execution))
                .isInstanceOf(LeaseLostException.class)
                .hasMessageContaining("m365.tasks.max-run-time");
        assertThat(leases.renewals).isEqualTo(1);
    }

    @Test
    void aFractionOfZeroRenewsOnEveryHeartbeat() {
        LeaseKeeper keeper = keeper(Map.of("m365.tasks.heartbeat-renewal-fraction", "0"));

        keeper.heartbeat(execution);
        keeper.heartbeat(execution);

        assertThat(leases.renewals).isEqualTo(2);
    }

    @Test
    void aFractionThatWouldLetTheLeaseLapseBetweenRenewalsIsRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> settings(Map.of("m365.tasks.heartbeat-renewal-fraction", "1"))
                        .heartbeatRenewal())
                .withMessageContaining("below 1");
        assertThat(settings(Map.of("m365.tasks.heartbeat-renewal-fraction", "0.5"))
                        .heartbeatRenewal())
                .isEqualTo(Duration.ofMinutes(5));
    }

    private LeaseKeeper keeper(Map<String, String> config) {
        LeaseKeeper keeper = new LeaseKeeper();
        keeper.leases = leases;
        keeper.settings = settings(config);
        keeper.clock = clock;
        return keeper;
    }

    private static TaskSettings settings(Map<String, String> config) {
        Map<String, String> all = new HashMap<>(config);
        all.put("m365.tasks.lease-timeout", LEASE_TIMEOUT.toString());
        TaskSettings settings = new TaskSettings();
        settings.config = TestConfig.defaultsWith(all);
        return settings;
    }

    /** The lease rows as the database answers renewals: held, or lapsed and taken over. */
    private static final class CountedLeases extends TaskLeases {

        private boolean held = true;
        private int renewals;

        @Override
        public boolean renew(Execution execution, Duration ttl) {
            renewals++;
            return held;
        }
    }
}
