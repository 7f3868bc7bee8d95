package dev.itam.m365.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.itam.m365.graph.TestConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalWarningsTest {

    @Test
    void thresholdsAreConfigurableWholeDaysLargestFirst() {
        assertThat(warnings(Map.of()).thresholds()).containsExactly(60, 30, 7);
        assertThat(warnings(Map.of("m365.credentials.warning-days", " 14, 90 ,3"))
                        .thresholds())
                .containsExactly(90, 14, 3);
        assertThatIllegalStateException()
                .isThrownBy(() -> warnings(Map.of("m365.credentials.warning-days", "30,soon"))
                        .thresholds())
                .withMessage("m365.credentials.warning-days must list whole days above 0, such as 60,30,7; it is"
                        + " '30,soon'.");
        assertThatIllegalStateException()
                .isThrownBy(() -> warnings(Map.of("m365.credentials.warning-days", "30,0"))
                        .thresholds());
    }

    private static PortalWarnings warnings(Map<String, String> config) {
        PortalWarnings warnings = new PortalWarnings();
        warnings.config = TestConfig.defaultsWith(config);
        return warnings;
    }
}
