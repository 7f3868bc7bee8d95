package dev.itam.m365.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listeners host applications registered, since CDI events do not cross applications. Each is told
 * in turn; one that fails is logged and stops no one.
 */
public final class HostListeners<L> {

    private static final Logger LOG = Logger.getLogger(HostListeners.class.getName());

    private final String kind;
    private final List<L> listeners = new CopyOnWriteArrayList<>();

    /** @param kind what the listeners hear, for the log, e.g. "task run" */
    public HostListeners(String kind) {
        this.kind = kind;
    }

    public void add(L listener) {
        listeners.add(listener);
    }

    public void remove(L listener) {
        listeners.remove(listener);
    }

    public void tell(Consumer<L> call) {
        for (L listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A " + kind + " listener failed", e);
            }
        }
    }
}
