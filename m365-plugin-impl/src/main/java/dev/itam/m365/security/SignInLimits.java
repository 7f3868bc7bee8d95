package dev.itam.m365.security;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * How many failed sign-ins are tolerated and how long a user name or client address is then refused
 * ({@code m365.security.sign-in.*}; the defaults are in {@code META-INF/microprofile-config.properties}).
 * A limit of 0 switches its rule off, e.g. the address rule behind a reverse proxy, where every client
 * has the proxy's address.
 *
 * @param userFailures failures of one user name after which its attempts are refused
 * @param addressFailures failures from one client address after which its attempts are refused
 * @param window failures are forgotten after this long without another one (and no lock running)
 * @param lockTime the first lock, doubled with each further failure
 * @param maxLockTime the longest lock, so nobody is locked out for good
 * @param trackedEntries user names and addresses remembered at most, each; the least recently failed go first
 */
record SignInLimits(
        int userFailures,
        int addressFailures,
        Duration window,
        Duration lockTime,
        Duration maxLockTime,
        int trackedEntries) {

    private static final String PREFIX = "m365.security.sign-in.";

    SignInLimits {
        if (window.isNegative() || window.isZero() || lockTime.isNegative() || lockTime.isZero()) {
            throw new IllegalArgumentException(
                    PREFIX + "failure-window and " + PREFIX + "lock-time must be positive durations");
        }
        if (maxLockTime.compareTo(lockTime) < 0) {
            throw new IllegalArgumentException(
                    PREFIX + "max-lock-time must not be shorter than " + PREFIX + "lock-time");
        }
        if (trackedEntries < 1) {
            throw new IllegalArgumentException(PREFIX + "tracked-entries must be at least 1");
        }
    }

    static SignInLimits from(Config config) {
        return new SignInLimits(
                config.getValue(PREFIX + "max-failures", Integer.class),
                config.getValue(PREFIX + "max-failures-per-address", Integer.class),
                duration(config, "failure-window"),
                duration(config, "lock-time"),
                duration(config, "max-lock-time"),
                config.getValue(PREFIX + "tracked-entries", Integer.class));
    }

    /** The lock earned by {@code failures} when {@code limit} are tolerated: none below it, then doubling up to the cap. */
    Duration lockAfter(int failures, int limit) {
        if (limit <= 0 || failures < limit) {
            return Duration.ZERO;
        }
        int doublings = failures - limit;
        if (doublings >= 31) {
            return maxLockTime;
        }
        Duration lock = lockTime.multipliedBy(1L << doublings);
        return lock.compareTo(maxLockTime) > 0 ? maxLockTime : lock;
    }

    private static Duration duration(Config config, String key) {
        return Duration.parse(config.getValue(PREFIX + key, String.class));
    }
}
