package dev.itam.m365.ui.licences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlertWindowTest {

    @Test
    void withoutASettingTheWindowIsThirtyDays() {
        assertThat(AlertWindow.of(null)).isEqualTo(Duration.ofDays(30));
        assertThat(AlertWindow.of(" ")).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void theSettingIsAnIsoDurationAndANegativeOneLooksNowhereAhead() {
        assertThat(AlertWindow.of(" P14D ")).isEqualTo(Duration.ofDays(14));
        assertThat(AlertWindow.of("PT36H")).isEqualTo(Duration.ofHours(36));
        assertThat(AlertWindow.of("-P1D")).isEqualTo(Duration.ZERO);
    }
}
