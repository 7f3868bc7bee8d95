package dev.itam.m365.api.monitor;

import dev.itam.m365.api.PluginException;

/** A run of the task, or of one it would overlap, is in progress; the request started nothing. */
public class TaskInProgressException extends PluginException {

    private static final long serialVersionUID = 1L;

    public TaskInProgressException(String message) {
        super(message);
    }
}
