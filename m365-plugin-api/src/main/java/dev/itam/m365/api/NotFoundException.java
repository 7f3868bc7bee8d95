package dev.itam.m365.api;

/** The item a caller named does not exist (any more). */
public class NotFoundException extends PluginException {

    public NotFoundException(String message) {
        super(message);
    }
}
