package dev.itam.m365.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.itam.m365.graph.MovableClock;
import dev.itam.m365.graph.TestConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** Kept quiet on the console; the test of the log lines listens itself. */
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    @BeforeAll
    static void quiet() {
        LOG.setUseParentHandlers(false);
    }

    @AfterAll
    static void loud() {
        LOG.setUseParentHandlers(true);
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T08:00:00Z"));

    private static SignInLimits limits(int userFailures, int addressFailures) {
        return new SignInLimits(
                userFailures,
                addressFailures,
                Duration.ofMinutes(15),
                Duration.ofSeconds(1),
                Duration.ofMinutes(5),
                100);
    }

    private static void fail(SignInThrottle throttle, String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void theShippedDefaultsAreFiveFailuresPerNameTwentyPerAddressAndLocksFromOneSecondToFiveMinutes() {
        assertThat(SignInLimits.from(TestConfig.defaultsWith(Map.of())))
                .isEqualTo(new SignInLimits(
                        5, 20, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(5), 10_000));
    }

    @Test
    void aNameIsRefusedFromTheFailureThatReachesTheLimitUntilTheLockLifts() {
        SignInThrottle throttle = new SignInThrottle(limits(5, 20), clock);
        fail(throttle, "ops", HOME, 4);
        assertThat(throttle.lockRemaining("ops", HOME)).isZero();

        throttle.failed("ops", HOME);
        assertThat(throttle.lockRemaining("ops", HOME)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(600));
        assertThat(throttle.lockRemaining("ops", HOME)).isEqualTo(Duration.ofMillis(400));
        clock.advance(Duration.ofMillis(400));
        assertThat(throttle.lockRemaining("ops", HOME)).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToTheCap() {
        SignInThrottle throttle = new SignInThrottle(limits(5, 0), clock);
        fail(throttle, "ops", HOME, 4);
        List<Long> locks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            throttle.failed("ops", HOME);
            Duration lock = throttle.lockRemaining("ops", HOME);
            locks.add(lock.toSeconds());
            clock.advance(lock);
        }
        assertThat(locks).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L, 300L);
    }

    @Test
    void failuresAreForgottenAfterTheWindowWithoutAnother() {
        SignInThrottle throttle = new SignInThrottle(limits(5, 20), clock);
        fail(throttle, "ops", HOME, 4);
        clock.advance(Duration.ofMinutes(14));
        throttle.failed("ops", HOME);
        assertThat(throttle.lockRemaining("ops", HOME)).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofMinutes(15));
        fail(throttle, "ops", HOME, 4);
        assertThat(throttle.lockRemaining("ops", HOME)).isZero();
    }

    @Test
    void aSuccessfulSignInForgetsTheNamesFailuresButNotTheAddresss() {
        SignInThrottle throttle = new SignInThrottle(limits(5, 8), clock);
        fail(throttle, "ops", HOME, 4);
        throttle.succeeded("ops");
        fail(throttle, "ops", HOME, 4);

        assertThat(throttle.lockRemaining("ops", ELSEWHERE)).isZero();
        assertThat(throttle.lockRemaining("someone-else", HOME)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aLockedNameIsRefusedFromEveryAddress() {
        SignInThrottle throttle = new SignInThrottle(limits(5, 20), clock);
        fail(throttle, "admin", HOME, 5);

        assertThat(throttle.lockRemaining("admin", ELSEWHERE)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.lockRemaining("ops", HOME)).isZero();
    }

    @Test
    void anAddressIsRefusedAfterItsLimitWhateverNamesItTried() {
        SignInThrottle throttle = new SignInThrottle(limits(5, 20), clock);
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, HOME);
        }
        assertThat(throttle.lockRemaining("new", HOME)).isZero();

        throttle.failed("user19", HOME);
        assertThat(throttle.lockRemaining("new", HOME)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.lockRemaining("user3", ELSEWHERE)).isZero();
    }

    @Test
    void aLimitOfZeroSwitchesItsRuleOff() {
        SignInThrottle throttle = new SignInThrottle(limits(5, 0), clock);
        for (int i = 0; i < 100; i++) {
            throttle.failed("user" + i, HOME);
        }
        assertThat(throttle.lockRemaining("new", HOME)).isZero();
    }

    @Test
    void anIpv6ClientCountsPerSlash64Network() {
        assertThat(SignInThrottle.network("2001:db8:1:2:aaaa::1"))
                .isEqualTo(SignInThrottle.network("2001:db8:1:2:bbbb:cccc:dddd:2%eth0"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInThrottle.network("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3:0:0:0:0/64");
        assertThat(SignInThrottle.network(HOME)).isEqualTo(HOME);

        SignInThrottle throttle = new SignInThrottle(limits(5, 3), clock);
        throttle.failed("a", "2001:db8:1:2::1");
        throttle.failed("b", "2001:db8:1:2::2");
        throttle.failed("c", "2001:db8:1:2::3");
        assertThat(throttle.lockRemaining("d", "2001:db8:1:2::4")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.lockRemaining("d", "2001:db8:1:3::4")).isZero();
    }

    @Test
    void aFailureIsLoggedWithNameAndAddressAndNoForgedLines() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        LOG.addHandler(handler);
        try {
            SignInThrottle throttle = new SignInThrottle(limits(2, 20), clock);
            throttle.failed("ops", HOME);
            throttle.failed("ops\nINFO: all is well", HOME);
            throttle.failed("ops\nINFO: all is well", HOME);
        } finally {
            LOG.removeHandler(handler);
        }
        assertThat(records)
                .extracting(LogRecord::getLevel, LogRecord::getMessage)
                .containsExactly(
                        tuple(Level.INFO, "Failed sign-in for user 'ops' from " + HOME),
                        tuple(Level.INFO, "Failed sign-in for user 'ops?INFO: all is well' from " + HOME),
                        tuple(Level.INFO, "Failed sign-in for user 'ops?INFO: all is well' from " + HOME),
                        tuple(
                                Level.WARNING,
                                "Sign-ins for user 'ops?INFO: all is well' are refused for 1 s after repeated failures"));
    }
}
