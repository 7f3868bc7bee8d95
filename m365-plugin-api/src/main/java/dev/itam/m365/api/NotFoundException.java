package dev.itam.m365.api;

/** The item a caller named does not exist (any more). */
public class NotFoundException extends PluginException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
