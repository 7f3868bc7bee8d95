package dev.itam.m365.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.licensing.ConsumerType;
import org.junit.jupiter.api.Test;

class ConsumerTypesTest {

    @Test
    void everyTypeIsReadByItsExactName() {
        assertThat(ConsumerTypes.parse("USER")).isEqualTo(ConsumerType.USER);
        assertThat(ConsumerTypes.parse("DEVICE")).isEqualTo(ConsumerType.DEVICE);
        assertThat(ConsumerTypes.parse("MICROSOFT_365")).isEqualTo(ConsumerType.MICROSOFT_365);
        assertThat(ConsumerTypes.parse(null)).isNull();
    }

    @Test
    void anUnknownTypeIsRefusedNamingTheTypesAProductByHandMayHave() {
        assertThatThrownBy(() -> ConsumerTypes.parse("user"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.coded(
                                        "consumerType",
                                        "product.consumerType.unknown",
                                        "'user' is no consumer type."
                                                + " Choose the consumer type USER or DEVICE; MICROSOFT_365 is set by the Microsoft 365 import only.",
                                        "user",
                                        "USER, DEVICE",
                                        "MICROSOFT_365")));
    }
}
