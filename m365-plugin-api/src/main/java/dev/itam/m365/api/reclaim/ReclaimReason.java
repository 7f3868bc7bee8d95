package dev.itam.m365.api.reclaim;

/**
 * Why a licence a user holds may be reclaimed. {@link #DISABLED}, {@link #NEVER_SIGNED_IN} and
 * {@link #INACTIVE} exclude each other in that order (a disabled account is not also inactive);
 * {@link #GUEST} and {@link #REDUNDANT} come on top, one row each.
 */
public enum ReclaimReason {
    /** The account is disabled: nobody can sign in with it. */
    DISABLED,
    /**
     * Neither an interactive nor a non-interactive sign-in was ever recorded, and the account is older
     * than the new-account grace (30 days unless configured; an account of unknown age counts as old).
     * Only for portals whose sign-in activity could be read.
     */
    NEVER_SIGNED_IN,
    /**
     * The last sign-in, interactive or non-interactive (apps signing in for the user count), is older
     * than the chosen number of days. Only for portals whose sign-in activity could be read.
     */
    INACTIVE,
    /** A guest account (Entra ID user type Guest) holds a paid licence. */
    GUEST,
    /**
     * Every service plan of this licence is also in another licence the same user holds in the same
     * portal (Office 365 E3 beside Microsoft 365 E3). Of two licences with the same plans, only the one
     * imported later is flagged; a licence without known plans never is.
     */
    REDUNDANT
}
