package dev.itam.m365.tasks.application;

/** What a run works on, as the monitor shows it: one portal, or everything. */
public record RunSubject(Long portalId, String portalName) {

    public static RunSubject everything() {
        return new RunSubject(null, null);
    }

    public static RunSubject portal(long id, String name) {
        return new RunSubject(id, name);
    }
}
