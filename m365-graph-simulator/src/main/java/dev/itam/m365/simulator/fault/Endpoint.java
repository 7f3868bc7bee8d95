package dev.itam.m365.simulator.fault;

/** The simulated endpoints faults can be injected into. */
public enum Endpoint {
    TOKEN,
    SUBSCRIBED_SKUS,
    USERS,
    USERS_DELTA,
    SUBSCRIPTIONS
}
