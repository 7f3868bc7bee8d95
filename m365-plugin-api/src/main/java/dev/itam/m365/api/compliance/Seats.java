package dev.itam.m365.api.compliance;

/**
 * A licence's prepaid seats by state, as Microsoft reports them. Enabled and warning seats are
 * usable (warning: expired, in its grace period); suspended and locked-out seats are not.
 */
public record Seats(int enabled, int warning, int suspended, int lockedOut) {

    /** The seats people can use: what the licence owns. */
    public int usable() {
        return enabled + warning;
    }
}
