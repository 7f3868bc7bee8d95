package dev.itam.m365.simulator.fault;

/**
 * One fault with its parameters.
 *
 * @param retryAfterSeconds sent as Retry-After with THROTTLE and SERVICE_UNAVAILABLE
 * @param delayMillis       the pause of DELAY
 * @param status            the status of MALFORMED_ERROR
 */
public record Fault(FaultKind kind, int retryAfterSeconds, long delayMillis, int status) {

    public static Fault of(FaultKind kind) {
        return new Fault(kind, 1, 0, 500);
    }

    public static Fault throttle(int retryAfterSeconds) {
        return new Fault(FaultKind.THROTTLE, retryAfterSeconds, 0, 429);
    }

    public static Fault delay(long millis) {
        return new Fault(FaultKind.DELAY, 0, millis, 200);
    }

    public static Fault malformedError(int status) {
        return new Fault(FaultKind.MALFORMED_ERROR, 0, 0, status);
    }
}
