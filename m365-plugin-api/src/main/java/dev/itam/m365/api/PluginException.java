package dev.itam.m365.api;

/** Base of every failure the plugin reports to host code; the message is meant for an admin. */
public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
