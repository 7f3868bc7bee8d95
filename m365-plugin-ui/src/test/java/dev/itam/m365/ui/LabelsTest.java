package dev.itam.m365.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialSummary;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private final Labels labels = new Labels();

    LabelsTest() {
        labels.format = new Format();
    }

    @Test
    void intervalsReadAsWords() {
        assertThat(labels.interval("PT5H")).isEqualTo("every 5 h");
        assertThat(labels.interval("PT1H30M")).isEqualTo("every 1 h 30 min");
        assertThat(labels.interval("PT8S")).isEqualTo("every 8 s");
        assertThat(labels.interval(null)).isEqualTo("switched off");
        assertThat(labels.interval("")).isEqualTo("switched off");
    }

    @Test
    void tasksAndCertificatesReadAsWords() {
        assertThat(labels.task(TaskType.FULL_RECALCULATION)).isEqualTo("Recalculate completely");
        assertThat(labels.credential(new CredentialSummary(AuthenticationType.CERTIFICATE, false, null, null, true, "AB12",
                "CN=app", Instant.parse("2027-01-02T03:04:05Z"))))
                .isEqualTo("Certificate AB12 (CN=app), valid until 2027-01-02 03:04:05 UTC");
    }
}
