package dev.itam.m365.simulator.fault;

/** What a fault does to a request. */
public enum FaultKind {
    /** 429 with Retry-After. */
    THROTTLE,
    /** 500. */
    SERVER_ERROR,
    /** 503 with Retry-After. */
    SERVICE_UNAVAILABLE,
    /** 504. */
    GATEWAY_TIMEOUT,
    /** The connection is dropped without any response. */
    CONNECTION_RESET,
    /** The normal response, after a pause. */
    DELAY,
    /** 200 with a JSON body cut off in the middle. */
    MALFORMED_SUCCESS,
    /** An error status whose body is not the service's error shape. */
    MALFORMED_ERROR
}
