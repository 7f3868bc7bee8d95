package dev.itam.m365.api;

/**
 * A change that lost a race: what it was based on was changed or deleted by someone else while it
 * was being made, and nothing of it was stored. Reloading and trying again is the way out.
 */
public class ConcurrentChangeException extends PluginException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(Throwable cause) {
        super(
                "This was changed or deleted by someone else meanwhile, and your change was not saved: reload and try"
                        + " again.",
                cause);
    }
}
