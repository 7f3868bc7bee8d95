package dev.itam.m365.api.importing;

import dev.itam.m365.api.PluginException;
import dev.itam.m365.api.monitor.FailureCategory;

/** The tenant could not be read; the message says what the admin should check. */
public class TenantUnreachableException extends PluginException {

    private static final long serialVersionUID = 1L;

    private final FailureCategory category;

    public TenantUnreachableException(FailureCategory category, String message) {
        super(message);
        this.category = category;
    }

    public FailureCategory category() {
        return category;
    }
}
