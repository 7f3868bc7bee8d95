package dev.itam.m365.reclaim.domain;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.persistence.StoredText;
import java.util.List;
import java.util.Optional;

/**
 * An exemption's note says why (a service account, a shared mailbox, leave): 1 to
 * {@value ExemptionEntity#MAX_NOTE} characters of text, line breaks allowed, stored as written and
 * shown escaped wherever it is shown.
 */
public final class ExemptionRules {

    private ExemptionRules() {}

    /** @return the note without surrounding white space */
    public static String note(String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw refused(Violation.coded(
                    "note",
                    "exemption.note.required",
                    "Say why the user is exempt, e.g. \"shared mailbox\" or \"on leave until June\"."));
        }
        if (text.length() > ExemptionEntity.MAX_NOTE) {
            throw refused(Violation.coded(
                    "note",
                    "exemption.note.tooLong",
                    "The note has " + text.length() + " characters; at most " + ExemptionEntity.MAX_NOTE + " are kept.",
                    text.length(),
                    ExemptionEntity.MAX_NOTE));
        }
        Optional<StoredText.Forbidden> forbidden = StoredText.forbidden(text, true);
        if (forbidden.isPresent()) {
            throw refused(Violation.coded(
                    "note",
                    "exemption.note.forbidden",
                    "The note contains " + forbidden.get().description() + "; write text, line breaks allowed.",
                    forbidden.get().arguments()));
        }
        return text;
    }

    /** Who exempts, as kept beside the note: a long name is cut to its column. */
    public static String exemptedBy(String name) {
        if (name == null || name.isBlank()) {
            throw refused(Violation.coded(
                    "exemptedBy",
                    "exemption.exemptedBy.required",
                    "Say who exempts the user: the name is kept with the note."));
        }
        return StoredText.clipped(name.strip(), ExemptionEntity.MAX_EXEMPTED_BY);
    }

    private static InvalidInputException refused(Violation violation) {
        return new InvalidInputException(List.of(violation));
    }
}
