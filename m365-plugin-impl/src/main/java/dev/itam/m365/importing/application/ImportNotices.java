package dev.itam.m365.importing.application;

import dev.itam.m365.api.portal.SignInActivity;

/**
 * The sentences a run and a portal keep about an import that succeeded without reading everything,
 * or read the users another way than asked. They are stored in English as they are written here;
 * pages in other languages recognise them by these forms (the UI's ImportNoticeTexts, whose tests
 * build them here).
 */
public final class ImportNotices {

    private static final String WITHOUT_SIGN_INS = " The reclaim list cannot show inactive or never-signed-in users"
            + " until they are read; the last sign-ins read before are kept.";

    private ImportNotices() {}

    /** @param deniedBecause Graph's refusal, as it answered */
    public static String subscriptionsNotRead(String deniedBecause) {
        return "The subscriptions were not read, so renewals, trials and grace periods are unknown and the"
                + " lifecycle follows the SKUs' status: " + deniedBecause;
    }

    /** @return null when sign-ins were read */
    public static String signInsNotRead(SignInActivity signIns) {
        return switch (signIns) {
            case NOT_PREMIUM ->
                "Sign-in activity was not read: the tenant has no Microsoft Entra ID P1"
                        + " or P2 licence, which Microsoft Graph requires for it." + WITHOUT_SIGN_INS;
            case PERMISSION_MISSING ->
                "Sign-in activity was not read: grant the app the application"
                        + " permission AuditLog.Read.All with admin consent." + WITHOUT_SIGN_INS;
            case READ -> null;
        };
    }

    /** @param named how many users Graph's change tracking named */
    public static String incremental(long named) {
        return "Incremental import: Microsoft Graph's change tracking named " + named
                + " users changed since the last import; sign-ins and failed assignments alone are"
                + " read by the next full import.";
    }

    /** @param graphMessage what Graph said about the change tracking it no longer follows */
    public static String changeTrackingLost(String graphMessage) {
        return "Microsoft Graph no longer followed the portal's change tracking (" + graphMessage
                + "), so this run read every user.";
    }
}
