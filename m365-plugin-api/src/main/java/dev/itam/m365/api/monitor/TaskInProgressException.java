package dev.itam.m365.api.monitor;

import dev.itam.m365.api.PluginException;

/** A run of the task, or of one it would overlap, is in progress; the request started nothing. */
public class TaskInProgressException extends PluginException {

    public TaskInProgressException(String message) {
        super(message);
    }
}
