package dev.itam.m365.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.licensing.ConsumerType;
import org.junit.jupiter.api.Test;

/** Folder and product names are refused before anything is looked up or stored. */
class NameRulesTest {

    private final LicensingManager licensing = new LicensingManager();

    @Test
    void aFolderNameIsOneLineOfVisibleCharactersThatFitsItsColumn() {
        assertThatThrownBy(() -> licensing.createFolder(null, "Bought\u0000"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.coded(
                                        "name",
                                        "folder.name.forbidden",
                                        "The folder name contains a control character (U+0000) at position 7; a name"
                                                + " is one line of visible characters.",
                                        0,
                                        "U+0000",
                                        7)));
        assertThatThrownBy(() -> licensing.createFolder(null, "f".repeat(201)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.coded(
                                        "name",
                                        "folder.name.tooLong",
                                        "A folder name has 1 to 200 characters; this one has 201.",
                                        200,
                                        201)));
        assertThatThrownBy(() -> licensing.createFolder(null, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.coded(
                                        "name",
                                        "folder.name.required",
                                        "A folder name has 1 to 200 characters.",
                                        200)));
    }

    @Test
    void aProductNameIsOneLineOfVisibleCharactersThatFitsItsColumn() {
        assertThatThrownBy(() -> licensing.createProduct("Visio\tPlan", 1, ConsumerType.USER))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.coded(
                                        "name",
                                        "product.name.forbidden",
                                        "The product name contains a control character (U+0009) at position 6; a"
                                                + " name is one line of visible characters.",
                                        0,
                                        "U+0009",
                                        6)));
        assertThatThrownBy(() -> licensing.createProduct("p".repeat(501), 1, ConsumerType.USER))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.coded(
                                        "name",
                                        "product.name.tooLong",
                                        "A product name has 1 to 500 characters; this one has 501.",
                                        500,
                                        501)));
    }
}
