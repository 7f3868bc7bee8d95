package dev.itam.m365.audit.domain;

import dev.itam.m365.api.audit.ActorKind;

/** Who acts: a signed-in user by name, the host or the schedule (neither has a name). */
public record Actor(ActorKind kind, String name) {

    public static final Actor HOST = new Actor(ActorKind.HOST, null);
    public static final Actor SCHEDULER = new Actor(ActorKind.SCHEDULER, null);

    public static Actor user(String name) {
        return new Actor(ActorKind.USER, name);
    }
}
