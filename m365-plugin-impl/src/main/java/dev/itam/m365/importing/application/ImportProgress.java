package dev.itam.m365.importing.application;

/** What whoever runs an import wants to hear while it goes: its run, and each page read. */
public interface ImportProgress {

    void started(long runId);

    void pageRead();
}
