package dev.itam.m365.reclaim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import org.junit.jupiter.api.Test;

class ExemptionRulesTest {

    @Test
    void aNoteIsKeptAsWrittenWithoutSurroundingSpaceLineBreaksAndMarkupIncluded() {
        assertThat(ExemptionRules.note("  shared mailbox\n<b>until</b> June & later "))
                .isEqualTo("shared mailbox\n<b>until</b> June & later");
        assertThat(ExemptionRules.note("x".repeat(500))).hasSize(500);
        assertThat(ExemptionRules.note("\uD83D\uDE00".repeat(250))).hasSize(500);
    }

    @Test
    void aMissingTooLongOrControlCharacterNoteIsRefused() {
        assertThat(refusal(null))
                .isEqualTo(Violation.coded(
                        "note",
                        "exemption.note.required",
                        "Say why the user is exempt, e.g. \"shared mailbox\" or \"on leave until June\"."));
        assertThat(refusal(" \n ").field()).isEqualTo("note");
        assertThat(refusal("x".repeat(501)))
                .isEqualTo(Violation.coded(
                        "note",
                        "exemption.note.tooLong",
                        "The note has 501 characters; at most 500 are kept.",
                        501,
                        500));
        assertThat(refusal("on leave\u0000"))
                .isEqualTo(Violation.coded(
                        "note",
                        "exemption.note.forbidden",
                        "The note contains a control character (U+0000) at position 9; write text, line breaks"
                                + " allowed.",
                        0,
                        "U+0000",
                        9));
    }

    @Test
    void whoExemptsIsRequiredAndCutToItsColumnWithoutSplittingACharacter() {
        assertThatThrownBy(() -> ExemptionRules.exemptedBy(" "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("exemptedBy"));
        assertThat(ExemptionRules.exemptedBy(" admin ")).isEqualTo("admin");
        assertThat(ExemptionRules.exemptedBy("a".repeat(255) + "\uD83D\uDE00")).isEqualTo("a".repeat(255));
    }

    private static Violation refusal(String note) {
        try {
            ExemptionRules.note(note);
        } catch (InvalidInputException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        }
        throw new AssertionError("the note was taken");
    }
}
