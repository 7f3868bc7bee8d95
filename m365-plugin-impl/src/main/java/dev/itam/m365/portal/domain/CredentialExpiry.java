package dev.itam.m365.portal.domain;

import dev.itam.m365.api.portal.AuthenticationType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/**
 * When a portal's credential stops working. A client secret is taken to expire at the start of the
 * day Entra ID shows as its expiry (UTC): the secret's exact time is not entered, and a warning a few
 * hours early costs less than an import failing unannounced.
 *
 * @param name what the admin knows the credential by: the secret's id, or the certificate's subject
 */
public record CredentialExpiry(AuthenticationType type, String name, Instant at) {

    private static final String WHERE = "in Entra ID (App registrations › the app › Certificates & secrets),"
            + " then enter it in this portal's Edit › Connection";

    public static CredentialExpiry ofSecret(String secretId, LocalDate expiresOn) {
        return new CredentialExpiry(
                AuthenticationType.CLIENT_SECRET,
                secretId,
                expiresOn.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static CredentialExpiry ofCertificate(String subject, Instant notAfter) {
        return new CredentialExpiry(AuthenticationType.CERTIFICATE, subject, notAfter);
    }

    /** Whole days from the UTC day of {@code now} to the UTC day it expires; negative once past. */
    public int daysLeft(Instant now) {
        return (int) ChronoUnit.DAYS.between(day(now), day(at));
    }

    public boolean expired(Instant now) {
        return !now.isBefore(at);
    }

    /**
     * The smallest of {@code thresholds} (days) the credential is within, or 0 once it expired; none
     * while it is further off than all of them.
     */
    public OptionalInt thresholdReached(Instant now, List<Integer> thresholds) {
        if (expired(now)) {
            return OptionalInt.of(0);
        }
        int left = daysLeft(now);
        return thresholds.stream()
                .mapToInt(Integer::intValue)
                .filter(t -> left <= t)
                .min();
    }

    /** What the admin must do, and by when. */
    public String message(String portalName, Instant now) {
        String what = type == AuthenticationType.CLIENT_SECRET
                ? "The client secret '" + name + "'"
                : "The certificate " + name;
        String renew =
                type == AuthenticationType.CLIENT_SECRET ? "Create a new client secret " : "Upload a new certificate ";
        if (expired(now)) {
            String failure = type == AuthenticationType.CLIENT_SECRET
                    ? "every import fails (Entra ID answers AADSTS7000222)"
                    : "every import fails (Entra ID refuses the expired certificate)";
            return what + " of portal '" + portalName + "' expired on " + day(at) + ": " + failure + ". " + renew
                    + WHERE + ".";
        }
        int left = daysLeft(now);
        String when = left == 0 ? "today" : left == 1 ? "tomorrow" : "in " + left + " days, on " + day(at);
        return what + " of portal '" + portalName + "' expires " + when + ". " + renew + WHERE
                + " before then, or its imports will fail.";
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
