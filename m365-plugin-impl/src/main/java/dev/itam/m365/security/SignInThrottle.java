package dev.itam.m365.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Slows down password guessing. After {@link SignInLimits#userFailures()} failed sign-ins for one
 * user name, or {@link SignInLimits#addressFailures()} from one client address, attempts for that
 * name or from that address are refused without checking the password, for a lock that doubles with
 * each further failure up to {@link SignInLimits#maxLockTime()} and then lifts on its own. Refused
 * attempts do not count, so nobody is locked out for longer than the cap after the last guess; a
 * refusal costs no request thread, unlike a delay. A successful sign-in forgets the name's failures
 * but not the address's, so signing in with one's own account does not reset an attacker's count.
 * The address is the connection's ({@code getRemoteAddr()}), never a forwarded-for header a client
 * could invent; IPv6 addresses count per /64 network, which one client usually owns whole.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    /** Longer user names are cut for counting and logging: no real one is that long. */
    private static final int MAX_NAME = 100;

    /** Only such text reaches {@link InetAddress#getByName}, which then parses it without asking DNS. */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    @Inject
    Config config;

    @Inject
    Clock clock;

    private FailureCounter users;
    private FailureCounter addresses;

    protected SignInThrottle() {}

    /** Outside CDI (tests). */
    SignInThrottle(SignInLimits limits, Clock clock) {
        this.clock = clock;
        count(limits);
    }

    @PostConstruct
    void load() {
        count(SignInLimits.from(config));
    }

    private void count(SignInLimits limits) {
        users = new FailureCounter(limits.userFailures(), limits);
        addresses = new FailureCounter(limits.addressFailures(), limits);
    }

    /** How much longer attempts for {@code user} from {@code address} are refused; zero when they are checked. */
    public Duration lockRemaining(String user, String address) {
        Instant now = clock.instant();
        Duration forUser = users.lockRemaining(name(user), now);
        Duration forAddress = addresses.lockRemaining(network(address), now);
        return forUser.compareTo(forAddress) >= 0 ? forUser : forAddress;
    }

    /** Counts a wrong password (or an unknown user) for the name and the address, and logs it. */
    public void failed(String user, String address) {
        Instant now = clock.instant();
        String name = name(user);
        LOG.info(() -> "Failed sign-in for user '" + printable(name) + "' from " + printable(address));
        Duration userLock = users.fail(name, now);
        if (!userLock.isZero()) {
            LOG.warning(() -> "Sign-ins for user '" + printable(name) + "' are refused for " + userLock.toSeconds()
                    + " s after repeated failures");
        }
        Duration addressLock = addresses.fail(network(address), now);
        if (!addressLock.isZero()) {
            LOG.warning(() -> "Sign-ins from " + printable(address) + " are refused for " + addressLock.toSeconds()
                    + " s after repeated failures");
        }
    }

    public void succeeded(String user) {
        users.clear(name(user));
    }

    private static String name(String user) {
        return user.length() > MAX_NAME ? user.substring(0, MAX_NAME) : user;
    }

    /** The counting key of an address: an IPv4 address itself, an IPv6 address's /64 network. */
    static String network(String address) {
        int zone = address.indexOf('%');
        String literal = zone < 0 ? address : address.substring(0, zone);
        if (literal.indexOf(':') < 0 || !IPV6_LITERAL.matcher(literal).matches()) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            return bytes.length == 16
                    ? InetAddress.getByAddress(Arrays.copyOf(Arrays.copyOf(bytes, 8), 16))
                                    .getHostAddress() + "/64"
                    : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** Control characters of a user name could forge log lines. */
    private static String printable(String text) {
        return text.codePoints()
                .map(c -> Character.isISOControl(c)
                                || Character.getType(c) == Character.LINE_SEPARATOR
                                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                        ? '?'
                        : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
