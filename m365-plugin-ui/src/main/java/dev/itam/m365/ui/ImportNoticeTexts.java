package dev.itam.m365.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notices of an import (a portal's, a run's) in a language other than English. The services
 * store them in English, one sentence after another, each in a form of the implementation's
 * ImportNotices: the subscriptions or the sign-ins not read, an incremental import, change
 * tracking lost. Each sentence in such a form is told in the reader's words ({@code importNotice.*}),
 * with Graph's own words in English where the sentence quotes them; anything else (a notice cut
 * short where it is stored, say) stays as the service wrote it.
 */
final class ImportNoticeTexts {

    private static final String SUBSCRIPTIONS = "The subscriptions were not read, so renewals, trials and grace"
            + " periods are unknown and the lifecycle follows the SKUs' status: ";
    private static final String SIGN_INS = "Sign-in activity was not read: ";
    private static final String INCREMENTAL = "Incremental import: Microsoft Graph's change tracking named ";
    private static final String LOST = "Microsoft Graph no longer followed the portal's change tracking (";
    private static final String WITHOUT_SIGN_INS = " The reclaim list cannot show inactive or never-signed-in"
            + " users until they are read; the last sign-ins read before are kept.";

    /** Where the next sentence begins: after a space, at one of the forms' beginnings, or at the end. */
    private static final String NEXT = "(?= (?:" + Pattern.quote(SUBSCRIPTIONS) + "|" + Pattern.quote(SIGN_INS) + "|"
            + Pattern.quote(INCREMENTAL) + "|" + Pattern.quote(LOST) + ")|$)";

    private static final List<Form> FORMS = List.of(
            new Form(
                    "importNotice.subscriptionsNotRead",
                    Pattern.compile(Pattern.quote(SUBSCRIPTIONS) + "(.*?)" + NEXT, Pattern.DOTALL)),
            new Form(
                    "importNotice.signIns.NOT_PREMIUM",
                    Pattern.compile(Pattern.quote(SIGN_INS + "the tenant has no Microsoft Entra ID P1 or P2 licence,"
                                    + " which Microsoft Graph requires for it." + WITHOUT_SIGN_INS)
                            + NEXT)),
            new Form(
                    "importNotice.signIns.PERMISSION_MISSING",
                    Pattern.compile(Pattern.quote(SIGN_INS + "grant the app the application permission"
                                    + " AuditLog.Read.All with admin consent." + WITHOUT_SIGN_INS)
                            + NEXT)),
            new Form(
                    "importNotice.incremental",
                    Pattern.compile(Pattern.quote(INCREMENTAL) + "(\\d{1,18})"
                            + Pattern.quote(" users changed since the last import; sign-ins and failed assignments"
                                    + " alone are read by the next full import.")
                            + NEXT)),
            new Form(
                    "importNotice.changeTrackingLost",
                    Pattern.compile(
                            Pattern.quote(LOST) + "(.*?)" + Pattern.quote("), so this run read every user.") + NEXT,
                            Pattern.DOTALL)));

    private static final Pattern UNKNOWN = Pattern.compile("(.+?)" + NEXT, Pattern.DOTALL);

    private record Form(String key, Pattern pattern) {}

    private ImportNoticeTexts() {}

    /** The notice in {@code locale}'s words; null stays null. */
    static String of(Locale locale, String notice) {
        if (notice == null) {
            return null;
        }
        List<String> sentences = new ArrayList<>();
        int at = 0;
        while (at < notice.length()) {
            String told = null;
            Matcher matched = null;
            for (Form form : FORMS) {
                Matcher m = form.pattern().matcher(notice).region(at, notice.length());
                if (m.lookingAt()) {
                    told = told(locale, form.key(), m);
                    matched = m;
                    break;
                }
            }
            if (matched == null) {
                matched = UNKNOWN.matcher(notice).region(at, notice.length());
                if (!matched.lookingAt()) {
                    sentences.add(notice.substring(at));
                    break;
                }
                told = matched.group(1);
            }
            sentences.add(told);
            at = matched.end() + 1;
        }
        return String.join(" ", sentences);
    }

    private static String told(Locale locale, String key, Matcher sentence) {
        Object[] arguments = new Object[sentence.groupCount()];
        for (int i = 0; i < arguments.length; i++) {
            String group = sentence.group(i + 1);
            arguments[i] = !group.isEmpty() && group.chars().allMatch(Character::isDigit)
                    ? (Object) Long.valueOf(group)
                    : group;
        }
        try {
            return Texts.text(locale, key, arguments);
        } catch (MissingResourceException untranslated) {
            return sentence.group();
        }
    }
}
