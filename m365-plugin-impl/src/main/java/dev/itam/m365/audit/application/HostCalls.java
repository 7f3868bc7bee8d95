package dev.itam.m365.audit.application;

import java.util.concurrent.Callable;

/**
 * Marks the thread while host code calls the plugin through its EJBs: a host call may carry the
 * principal of the host's own user, and the log should still say the host acted.
 */
public final class HostCalls {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private HostCalls() {}

    /** Runs the call as the host's; nested calls stay the host's, the mark is restored after. */
    public static <T> T during(Callable<T> call) throws Exception {
        boolean before = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return call.call();
        } finally {
            ACTIVE.set(before);
        }
    }

    static boolean active() {
        return ACTIVE.get();
    }
}
