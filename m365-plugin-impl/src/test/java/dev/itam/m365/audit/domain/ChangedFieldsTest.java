package dev.itam.m365.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.audit.AuditAction;
import dev.itam.m365.api.monitor.TaskType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChangedFieldsTest {

    @Test
    void onlyFieldsWhoseValueDiffersAreNamedInAlphabeticalOrder() {
        ChangedFields changed = new ChangedFields()
                .compare("name", "Contoso", "Contoso Ltd")
                .compare("description", null, null)
                .compare("cloud", "GLOBAL", "GLOBAL")
                .compare("clientId", "a", null)
                .addAll(new ChangedFields().compare("credential.secretValue", "enc-1", "enc-2"));

        assertThat(changed.names()).containsExactly("clientId", "credential.secretValue", "name");
        assertThat(new ChangedFields().compare("note", "same", "same").names()).isEmpty();
    }

    @Test
    void namesNeverCarryTheValuesCompared() {
        ChangedFields changed = new ChangedFields().compare("credential.secretValue", "old-secret", "new-secret");

        assertThat(String.join(",", changed.names())).doesNotContain("secret-", "old", "new");
    }

    @Test
    void everyTaskHasAnActionForItsStart() {
        assertThat(Arrays.stream(TaskType.values()).map(AuditAction::started))
                .doesNotHaveDuplicates()
                .allSatisfy(action -> assertThat(action.name()).endsWith("_STARTED"));
    }

    @Test
    void theScheduleOrTheCallerActsAndTheFieldsAreCopied() {
        Audited action = Audited.of(AuditAction.PORTAL_CHANGED, 7L, "Contoso")
                .changing(new ChangedFields().compare("description", "a", "b"))
                .telling("detail");

        assertThat(action.scheduled()).isFalse();
        assertThat(action.bySchedule().scheduled()).isTrue();
        assertThat(action.bySchedule().changedFields()).containsExactly("description");
        assertThat(action.bySchedule().detail()).isEqualTo("detail");
    }
}
